package org.plaza.petitions.moderation;

import java.util.List;

import org.plaza.starter.security.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code /api/staff/petitions/{id}/comments}: list, hide (with a reason) and restore signers' comments. */
@RestController
@RequestMapping("/api/staff/petitions/{id}/comments")
@Validated
class ModerationApi {

    private final CommentModeration moderation;

    ModerationApi(CommentModeration moderation) {
        this.moderation = moderation;
    }

    @GetMapping
    List<StaffComment> list(@PathVariable String id, @RequestParam(defaultValue = "false") boolean hidden,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, Authentication auth) {
        return moderation.list(StaffMember.of(auth), id, hidden, page, size);
    }

    @PostMapping("/{signatureId}/hide")
    ResponseEntity<Void> hide(@PathVariable String id, @PathVariable String signatureId,
            @Valid @RequestBody HideReason body, Authentication auth) {
        moderation.hide(StaffMember.of(auth), id, signatureId, body.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{signatureId}/restore")
    ResponseEntity<Void> restore(@PathVariable String id, @PathVariable String signatureId, Authentication auth) {
        moderation.restore(StaffMember.of(auth), id, signatureId);
        return ResponseEntity.noContent().build();
    }
}
