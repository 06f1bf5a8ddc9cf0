package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.MeetingCancelled;
import org.plaza.events.outreach.MeetingRescheduled;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.notifications.NotificationsServiceTest;

/**
 * A resident who cancels their RSVP to a meeting gets no reminder of it ({@code MeetingRsvpCancelled} names the
 * RSVP, the reminders' first related id); another resident's reminder of the same meeting is kept. A meeting called
 * off voids every reminder about it; a meeting moved voids the reminders of its previous invite only.
 */
class MeetingReminderCancellationTest extends NotificationsServiceTest {

    @Test
    void aCancelledRsvpVoidsItsRemindersButNotAnotherResidentsOfTheSameMeeting() {
        String meeting = uniqueId("mtg");
        String rsvp = uniqueId("rsv");
        String mine = uniqueId("ntf-meeting");
        String theirs = uniqueId("ntf-meeting");
        events.publish(reminder(mine, rsvp, meeting));
        events.publish(reminder(theirs, uniqueId("rsv"), meeting));
        awaitStored(mine);
        awaitStored(theirs);

        events.publish(new MeetingRsvpCancelled(meeting, "cmp-1", rsvp, 0, Instant.now()));

        awaitState(mine, "CANCELLED");
        assertThat(deliveryLog.find(theirs).orElseThrow().state()).isEqualTo("PENDING");
    }

    @Test
    void aMeetingCalledOffVoidsEveryonesRemindersEvenOneThatArrivesAfterTheCancellation() {
        String meeting = uniqueId("mtg");
        String first = uniqueId("ntf-meeting");
        String second = uniqueId("ntf-meeting");
        String late = uniqueId("ntf-meeting");
        NotificationRequested requestedBeforeButLate = reminder(late, uniqueId("rsv"), meeting, 0);
        events.publish(reminder(first, uniqueId("rsv"), meeting, 0));
        events.publish(reminder(second, uniqueId("rsv"), meeting, 0));
        awaitStored(first);
        awaitStored(second);

        events.publish(new MeetingCancelled(meeting, "cmp-1", 2, 0, "stf-1", Instant.now()));
        awaitState(first, "CANCELLED");
        awaitState(second, "CANCELLED");
        events.publish(requestedBeforeButLate);

        awaitState(late, "CANCELLED");
    }

    @Test
    void aMovedMeetingVoidsTheRemindersOfItsPreviousInviteButNotThoseOfTheNewOne() {
        String meeting = uniqueId("mtg");
        String rsvp = uniqueId("rsv");
        String old = uniqueId("ntf-meeting");
        String moved = uniqueId("ntf-meeting");
        events.publish(reminder(old, rsvp, meeting, 0));
        events.publish(reminder(moved, rsvp, meeting, 1));
        awaitStored(old);
        awaitStored(moved);

        events.publish(new MeetingRescheduled(meeting, "cmp-1", "MECCA", Instant.now().plus(Duration.ofDays(3)),
                Instant.now().plus(Duration.ofDays(3)).plus(Duration.ofHours(2)), 1, 1, "stf-1", Instant.now()));

        awaitState(old, "CANCELLED");
        assertThat(deliveryLog.find(moved).orElseThrow().state()).isEqualTo("PENDING");
    }

    /** A reminder sent with the meeting's invite of this {@code sequence}, as outreach asks for it. */
    private static NotificationRequested reminder(String requestId, String rsvpId, String meetingId, int sequence) {
        return reminder(requestId, List.of(rsvpId, meetingId, MeetingRescheduled.reminderGroup(meetingId, sequence)));
    }

    /** What outreach asks for when an RSVP is confirmed: a reminder about the RSVP, then the meeting. */
    private static NotificationRequested reminder(String requestId, String rsvpId, String meetingId) {
        return reminder(requestId, List.of(rsvpId, meetingId));
    }

    private static NotificationRequested reminder(String requestId, List<String> relatedIds) {
        return new NotificationRequested(requestId, "outreach", "REMINDERS", "outreach.meeting-reminder-24h", "es",
                address("example.org"), "Rosa", Map.of("meetingTitle", "Asamblea del agua",
                        "startsAt", "jueves, 10 de diciembre de 2026, 18:00 – 20:00",
                        "place", "Centro comunitario, 70 Main St, Mecca",
                        "directionsUrl", "https://www.google.com/maps/search/?api=1&query=70+Main+St",
                        "calendarUrl", "https://plaza.example/outreach/meetings/mtg_1/invite.ics?lang=es",
                        "manageUrl", "https://plaza.example/outreach/rsvps/rsv_1/key"),
                "cmp-1", null, relatedIds, Instant.now().plus(Duration.ofHours(12)), null, Instant.now());
    }
}
