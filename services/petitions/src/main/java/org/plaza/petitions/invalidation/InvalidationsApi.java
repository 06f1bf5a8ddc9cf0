package org.plaza.petitions.invalidation;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.plaza.starter.security.StaffMember;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * {@code /api/staff/petitions/{id}/invalidations} (preview, invalidate, list, restore) and
 * {@code …/fraud-flags} (summary, clear), for organizers who manage the petition.
 */
@RestController
@RequestMapping("/api/staff/petitions/{id}")
class InvalidationsApi {

    private final Invalidations invalidations;
    private final FraudFlags flags;

    InvalidationsApi(Invalidations invalidations, FraudFlags flags) {
        this.invalidations = invalidations;
        this.flags = flags;
    }

    @PostMapping("/invalidations/preview")
    Map<String, Long> preview(@PathVariable String id, @Valid @RequestBody SelectionRequest request,
            Authentication auth) {
        return Map.of("matching", invalidations.preview(StaffMember.of(auth), id, request));
    }

    /** Starts an invalidation; 202 with the batch, which becomes APPLIED once every signature is moved. */
    @PostMapping("/invalidations")
    ResponseEntity<BatchView> invalidate(@PathVariable String id, @Valid @RequestBody SelectionRequest request,
            Authentication auth) {
        BatchView batch = invalidations.invalidate(StaffMember.of(auth), id, request);
        return ResponseEntity.accepted()
                .location(URI.create("/api/staff/petitions/" + id + "/invalidations/" + batch.id())).body(batch);
    }

    @GetMapping("/invalidations")
    List<BatchView> list(@PathVariable String id, Authentication auth) {
        return invalidations.list(StaffMember.of(auth), id);
    }

    @GetMapping("/invalidations/{batchId}")
    BatchView get(@PathVariable String id, @PathVariable String batchId, Authentication auth) {
        return invalidations.batch(StaffMember.of(auth), id, batchId);
    }

    @PostMapping("/invalidations/{batchId}/restore")
    ResponseEntity<BatchView> restore(@PathVariable String id, @PathVariable String batchId, Authentication auth) {
        return ResponseEntity.accepted().body(invalidations.restore(StaffMember.of(auth), id, batchId));
    }

    @GetMapping("/fraud-flags")
    FraudFlags.Summary flags(@PathVariable String id, Authentication auth) {
        return flags.summary(StaffMember.of(auth), id);
    }

    @PostMapping("/fraud-flags/clear")
    Map<String, Integer> clear(@PathVariable String id, @Valid @RequestBody ClearFlags body, Authentication auth) {
        return Map.of("cleared", flags.clear(StaffMember.of(auth), id, body.signatureIds()));
    }

    /** Which flagged signatures to clear; empty or absent clears them all. */
    record ClearFlags(@Size(max = 10_000) List<@Size(max = 40) String> signatureIds) {
    }
}
