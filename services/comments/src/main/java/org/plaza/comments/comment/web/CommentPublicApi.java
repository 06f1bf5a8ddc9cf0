package org.plaza.comments.comment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.plaza.comments.comment.CommentForm;
import org.plaza.comments.comment.CommentService;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.DriveService;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The same resident actions as JSON, for other clients and the load generator. */
@RestController
class CommentPublicApi {

    private final DriveService drives;
    private final CommentService comments;
    private final Clock clock;

    CommentPublicApi(DriveService drives, CommentService comments, Clock clock) {
        this.drives = drives;
        this.comments = comments;
        this.clock = clock;
    }

    @GetMapping("/api/public/comments/drives")
    List<PublicDrive> open() {
        Instant now = clock.instant();
        return drives.openNow().stream().map(drive -> PublicDrive.of(drive, now)).toList();
    }

    @GetMapping("/api/public/comments/drives/{driveId}")
    PublicDrive drive(@PathVariable String driveId) {
        return PublicDrive.of(drives.get(driveId), clock.instant());
    }

    @PostMapping("/api/public/comments/drives/{driveId}/comments")
    ResponseEntity<Accepted> submit(@PathVariable String driveId, @RequestBody CommentForm form, Locale locale) {
        CommentService.Submitted submitted = comments.submit(driveId, form, locale);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Accepted(submitted.commentId(), "CHECK_EMAIL"));
    }

    @PostMapping("/api/public/comments/comments/{commentId}/confirmation")
    Confirmed confirmWithCode(@PathVariable String commentId, @RequestBody CodeConfirmation body, Locale locale) {
        return answer(comments.confirmWithCode(commentId, body.code(), locale));
    }

    @PostMapping("/api/public/comments/links/{token}/confirmation")
    Confirmed confirmWithLink(@PathVariable String token, Locale locale) {
        return answer(comments.confirmWithLink(token, locale));
    }

    private static Confirmed answer(CommentService.Confirmation outcome) {
        return switch (outcome) {
            case CONFIRMED -> new Confirmed("CONFIRMED");
            case ALREADY_CONFIRMED -> throw PlazaProblem.conflict("already-confirmed", "comments.problem.already-confirmed");
            case WITHDRAWN -> throw PlazaProblem.conflict("comment-withdrawn", "comments.problem.withdrawn");
            case LOCKED -> throw PlazaProblem.badRequest("code-locked", "comments.problem.code-locked")
                    .withFieldError("code", "comments.confirm.code.locked");
            case WRONG_CODE -> throw PlazaProblem.badRequest("wrong-code", "comments.problem.wrong-code")
                    .withFieldError("code", "comments.confirm.code.wrong");
        };
    }

    record CodeConfirmation(String code) {
    }

    record Accepted(String commentId, String next) {
    }

    record Confirmed(String status) {
    }

    record PublicDrive(String id, String titleEs, String titleEn, String bodyName, String agendaItemNumber,
            String agendaUrl, String decisionEs, String decisionEn, String talkingPointsEs, String talkingPointsEn,
            Instant meetingAt, Instant commentDeadline, String timeZone, boolean open, boolean speakingRequestsAllowed,
            int commentLengthLimit) {
        static PublicDrive of(CommentDrive drive, Instant now) {
            var content = drive.content();
            return new PublicDrive(drive.id(), content.titleEs(), content.titleEn(), drive.bodyName(),
                    content.agendaItemNumber(), content.agendaUrl(), content.decisionEs(), content.decisionEn(),
                    content.talkingPointsEs(), content.talkingPointsEn(), drive.meetingAt(), drive.commentDeadline(),
                    drive.timeZone(), drive.acceptsCommentsAt(now), drive.speakingRequestsAllowed(),
                    drive.commentLengthLimit());
        }
    }
}
