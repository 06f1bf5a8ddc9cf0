package org.plaza.comments.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plaza.comments.comment.Comment;
import org.plaza.comments.comment.Moderation;
import org.plaza.comments.comment.RejectionReason;
import org.plaza.comments.screening.Flag;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The moderation queue of a drive, for moderators and the drive's organizers. */
@RestController
class ModerationApi {

    private final ModerationService moderation;

    ModerationApi(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/api/staff/comments/drives/{driveId}/moderation")
    List<QueueItem> queue(@PathVariable String driveId, @RequestParam(defaultValue = "PENDING") Moderation state,
            @RequestParam(required = false) Flag flag, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return moderation.queue(driveId, state, flag, page, size).stream().map(QueueItem::of).toList();
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/moderation")
    List<ModerationService.Result> decide(@PathVariable String driveId, @Valid @RequestBody Decisions request) {
        return moderation.decide(driveId, request.decisions().stream()
                .map(d -> new ModerationService.Decision(d.commentId(), d.decision(), d.reason(), d.note())).toList());
    }

    @PostMapping("/api/staff/comments/drives/{driveId}/moderation/approve-unflagged")
    Map<String, Integer> approveUnflagged(@PathVariable String driveId) {
        return Map.of("approved", moderation.approveUnflagged(driveId));
    }

    @PutMapping("/api/staff/comments/comments/{commentId}/translation")
    void translate(@PathVariable String commentId, @Valid @RequestBody Translation request) {
        moderation.translate(commentId, request.text());
    }

    record Decisions(@NotEmpty @Size(max = 500) List<@Valid DecisionRequest> decisions) {
    }

    record DecisionRequest(@NotBlank String commentId, @NotNull Moderation decision, RejectionReason reason,
            @Size(max = 1000) String note) {
    }

    record Translation(@Size(max = 20000) String text) {
    }

    record QueueItem(String commentId, String name, String community, String organization, Position position,
            String language, String text, Set<Flag> flags, Moderation moderation, RejectionReason reason,
            int revision, Instant confirmedAt, String groupKey, String translation) {
        static QueueItem of(Comment comment) {
            var content = comment.content();
            return new QueueItem(comment.id(), content.name(), content.community(), content.organization(),
                    content.position(), content.language(), content.text(), comment.flags(), comment.moderation(),
                    comment.rejectionReason(), comment.revision(), comment.confirmedAt(), comment.groupKey(),
                    comment.translation());
        }
    }
}
