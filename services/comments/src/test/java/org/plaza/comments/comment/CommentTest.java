package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plaza.comments.drive.CommentDrive;
import org.plaza.comments.drive.TestDrives;
import org.plaza.comments.screening.Flag;
import org.plaza.events.comments.CommentSubmitted.Position;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.outbox.PendingEvent;

class CommentTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final CommentContent CONTENT = new CommentContent("Ana", "MECCA", null, Position.OPPOSE,
            "No al aumento", "es", true, "es", false);

    @Test
    void countsOnlyOnceConfirmedAndAReplayedConfirmationChangesNothing() {
        CommentDrive drive = drive(false);
        Comment comment = pendingComment(drive, Set.of());
        comment.requestConfirmation("token-aaaaaaaaaaaaaaaaaaaaaaaa", "123456", request());
        assertThat(comment.status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);
        assertThat(comment.checkCode("123456", 5)).isEqualTo(Comment.CodeCheck.MATCHES);
        assertThat(comment.confirm(drive, NOW)).isTrue();
        assertThat(comment.confirm(drive, NOW.plusSeconds(1))).isFalse();
        assertThat(comment.checkCode("123456", 5)).isEqualTo(Comment.CodeCheck.ALREADY_CONFIRMED);
        assertThat(types(comment)).containsExactly("plaza.notifications.notification-requested.v1",
                "plaza.comments.comment-submitted.v1");
        assertThat(comment.revision()).isEqualTo(1);
    }

    @Test
    void locksTheCodeAfterTooManyWrongGuesses() {
        Comment comment = pendingComment(drive(false), Set.of());
        comment.requestConfirmation("token-aaaaaaaaaaaaaaaaaaaaaaaa", "123456", request());
        for (int i = 0; i < 4; i++) {
            assertThat(comment.checkCode("000000", 5)).isEqualTo(Comment.CodeCheck.WRONG);
        }
        assertThat(comment.checkCode("000000", 5)).isEqualTo(Comment.CodeCheck.LOCKED);
        assertThat(comment.checkCode("123456", 5)).isEqualTo(Comment.CodeCheck.LOCKED);
    }

    @Test
    void aDraftGetsOneCodeWhichConfirmsOnlyTheTextItWasSentFor() {
        CommentDrive drive = drive(false);
        Comment comment = pendingComment(drive, Set.of());
        comment.requestConfirmation("token-aaaaaaaaaaaaaaaaaaaaaaaa", "123456", request());
        assertThatThrownBy(() -> comment.requestConfirmation("token-bbbbbbbbbbbbbbbbbbbbbbbb", "654321", request()))
                .isInstanceOf(IllegalStateException.class);
        String digest = comment.contentDigest();

        Comment sameIdOtherText = Comment.submit("cmt_1", drive, "sup_abc", "ana@example.org", null, false, "es",
                new CommentContent("Ana", "MECCA", null, Position.SUPPORT, "Sí al aumento", "es", false, null, false),
                Set.of(), NOW);
        assertThat(sameIdOtherText.contentDigest()).isNotEqualTo(digest);
        assertThat(comment.checkCode("123456", 5)).isEqualTo(Comment.CodeCheck.MATCHES);
    }

    @Test
    void confirmingADraftSupersedesTheConfirmedCommentItReplaces() {
        CommentDrive drive = drive(false);
        Comment live = pendingComment(drive, Set.of());
        live.confirm(drive, NOW);
        Comment draft = Comment.submit("cmt_2", drive, "sup_abc", "ana@example.org", null, false, "es", CONTENT,
                Set.of(), NOW);
        assertThat(draft.status()).isEqualTo(CommentStatus.PENDING_CONFIRMATION);

        assertThat(live.supersede("cmt_2", NOW.plusSeconds(1))).isTrue();
        draft.confirm(drive, NOW.plusSeconds(1));
        assertThat(live.status()).isEqualTo(CommentStatus.WITHDRAWN);
        assertThat(live.supersededBy()).isEqualTo("cmt_2");
        assertThat(types(live)).endsWith("plaza.comments.comment-withdrawn.v1");
        assertThat(draft.status()).isEqualTo(CommentStatus.CONFIRMED);
    }

    @Test
    void autoApprovesUnflaggedCommentsOnlyOnDrivesThatAskForIt() {
        CommentDrive autoDrive = drive(true);
        Comment clean = pendingComment(autoDrive, Set.of());
        clean.confirm(autoDrive, NOW);
        assertThat(clean.moderation()).isEqualTo(Moderation.APPROVED);
        assertThat(types(clean)).contains("plaza.comments.comment-moderated.v1");

        Comment flagged = pendingComment(autoDrive, Set.of(Flag.PERSONAL_DATA));
        flagged.confirm(autoDrive, NOW);
        assertThat(flagged.moderation()).isEqualTo(Moderation.PENDING);

        Comment manual = pendingComment(drive(false), Set.of());
        manual.confirm(drive(false), NOW);
        assertThat(manual.moderation()).isEqualTo(Moderation.PENDING);
    }

    @Test
    void anEditIsANewRevisionThatGoesBackToModeration() {
        CommentDrive drive = drive(false);
        Comment comment = pendingComment(drive, Set.of());
        comment.confirm(drive, NOW);
        comment.moderate(Moderation.APPROVED, null, null, "mod-1", NOW);
        comment.group("cmt_group");
        CommentContent changed = new CommentContent("Ana", "MECCA", null, Position.NEUTRAL, "Lo pensé mejor", "es",
                false, null, false);
        assertThat(comment.edit(drive, changed, Set.of(), NOW.plusSeconds(60))).isTrue();
        assertThat(comment.revision()).isEqualTo(2);
        assertThat(comment.moderation()).isEqualTo(Moderation.PENDING);
        assertThat(comment.groupKey()).isNull();
        assertThat(comment.edit(drive, changed, Set.of(), NOW.plusSeconds(90))).isFalse();
    }

    @Test
    void withdrawingAConfirmedCommentIsAnnouncedAndFreesThePlace() {
        CommentDrive drive = drive(false);
        Comment comment = pendingComment(drive, Set.of());
        comment.confirm(drive, NOW);
        assertThat(comment.withdraw(NOW.plusSeconds(5))).isTrue();
        assertThat(types(comment)).endsWith("plaza.comments.comment-withdrawn.v1");
        assertThat(comment.withdraw(NOW.plusSeconds(6))).isFalse();
        assertThatThrownBy(() -> comment.moderate(Moderation.APPROVED, null, null, "m", NOW))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withdrawingAnUnconfirmedCommentAnnouncesNothing() {
        Comment comment = pendingComment(drive(false), Set.of());
        comment.withdraw(NOW);
        assertThat(comment.pendingEvents()).isEmpty();
    }

    @Test
    void asksForInterpretationOnlyWhenTheSpeakerUsesAnotherLanguageThanTheMeeting() {
        CommentDrive drive = drive(false);
        Comment spanishSpeaker = pendingComment(drive, Set.of());
        assertThat(spanishSpeaker.interpretationLanguage("en")).isEqualTo("es");
        assertThat(spanishSpeaker.interpretationLanguage("es")).isNull();
    }

    private static CommentDrive drive(boolean autoApprove) {
        return TestDrives.open("drv_1", NOW.plus(Duration.ofDays(3)), autoApprove, true);
    }

    private static Comment pendingComment(CommentDrive drive, Set<Flag> flags) {
        return Comment.submit("cmt_1", drive, "sup_abc", "ana@example.org", null, false, "es", CONTENT, flags, NOW);
    }

    private static NotificationRequested request() {
        return new NotificationRequested("ntf_1", "comments", "TRANSACTIONAL", "comment.confirmation", "es",
                "ana@example.org", "Ana", Map.of(), "cmp_1", "sup_abc", List.of("cmt_1"), null, null, NOW);
    }

    private static List<String> types(Comment comment) {
        return comment.pendingEvents().stream().map(PendingEvent::type).toList();
    }
}
