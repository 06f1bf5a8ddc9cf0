package org.plaza.comments.drive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.plaza.events.comments.CommentDriveClosed;

class CommentDriveTest {

    private static final Instant DEADLINE = Instant.parse("2026-06-10T00:00:00Z");

    @Test
    void announcesItsOpeningWithBothTitles() {
        CommentDrive drive = TestDrives.open("drv_1", DEADLINE, false, true);
        assertThat(drive.pendingEvents()).singleElement().satisfies(pending ->
                assertThat(pending.type()).isEqualTo("plaza.comments.comment-drive-opened.v1"));
        assertThat(drive.acceptsCommentsAt(DEADLINE.minusMillis(1))).isTrue();
    }

    @Test
    void stopsTakingCommentsExactlyAtTheDeadline() {
        CommentDrive drive = TestDrives.open("drv_1", DEADLINE, false, true);
        assertThat(drive.acceptsCommentsAt(DEADLINE.minusNanos(1))).isTrue();
        assertThat(drive.acceptsCommentsAt(DEADLINE)).isFalse();
        assertThat(drive.isDueAt(DEADLINE)).isTrue();
        assertThat(drive.isDueAt(DEADLINE.minusMillis(1))).isFalse();
    }

    @Test
    void closingLateStillRecordsTheDeadlineAsClosingTime() {
        CommentDrive drive = TestDrives.open("drv_1", DEADLINE, false, true);
        assertThat(drive.close(null, 12, DEADLINE.plus(Duration.ofHours(7)))).isTrue();
        assertThat(drive.closedAt()).isEqualTo(DEADLINE);
        assertThat(drive.closeReason()).isEqualTo(CommentDriveClosed.Reason.DEADLINE_PASSED);
        assertThat(drive.packetPending()).isTrue();
        assertThat(drive.close(null, 12, DEADLINE.plus(Duration.ofHours(8)))).isFalse();
        assertThat(drive.pendingEvents()).hasSize(2);
    }

    @Test
    void anOrganizerClosingEarlyClosesNow() {
        CommentDrive drive = TestDrives.open("drv_1", DEADLINE, false, true);
        Instant early = DEADLINE.minus(Duration.ofHours(3));
        drive.close("staff-9", 3, early);
        assertThat(drive.closedAt()).isEqualTo(early);
        assertThat(drive.cutoff()).isEqualTo(early);
        assertThat(drive.closeReason()).isEqualTo(CommentDriveClosed.Reason.CLOSED_BY_ORGANIZER);
        assertThat(drive.acceptsCommentsAt(early.minusMillis(1))).isFalse();
    }

    @Test
    void deadlinesAreLocalToTheBodysTimeZoneAcrossDaylightSavingChanges() {
        ZoneId pacific = ZoneId.of("America/Los_Angeles");
        assertThat(DeadlineRules.at(LocalDateTime.parse("2026-07-14T17:00"), pacific))
                .isEqualTo(Instant.parse("2026-07-15T00:00:00Z"));
        assertThat(DeadlineRules.at(LocalDateTime.parse("2026-12-14T17:00"), pacific))
                .isEqualTo(Instant.parse("2026-12-15T01:00:00Z"));
        assertThat(DeadlineRules.at(LocalDateTime.parse("2026-03-08T02:30"), pacific))
                .as("a skipped local time moves forward by the gap")
                .isEqualTo(Instant.parse("2026-03-08T10:30:00Z"));
        Instant meeting = DeadlineRules.at(LocalDateTime.parse("2026-11-02T18:00"), pacific);
        assertThat(DeadlineRules.deadline(meeting, null, pacific, Duration.ofHours(24)))
                .isEqualTo(Instant.parse("2026-11-02T02:00:00Z"));
        assertThat(DeadlineRules.deadline(meeting, LocalDateTime.parse("2026-11-01T12:00"), pacific,
                Duration.ofHours(24))).isEqualTo(Instant.parse("2026-11-01T20:00:00Z"));
    }
}
