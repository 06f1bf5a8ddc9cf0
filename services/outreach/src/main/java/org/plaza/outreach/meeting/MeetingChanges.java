package org.plaza.outreach.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.plaza.starter.mongo.Retries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Tells the residents going to or waiting for a meeting that it moved (the updated invite, new reminders) or was
 * called off (the cancelled invite). Each RSVP remembers the invite it was sent and whether it was told, so telling
 * can be repeated (a second click, a crash half-way, an RSVP confirmed while the meeting changed) and tells nobody
 * twice; each message's request id is derived from the RSVP and the change, so a republished one is one email.
 */
@Service
class MeetingChanges {

    private static final Logger log = LoggerFactory.getLogger(MeetingChanges.class);
    private static final List<Rsvp.Status> ACTIVE = List.of(Rsvp.Status.GOING, Rsvp.Status.WAITLISTED);
    private static final int PAGE = 200;
    private static final int MAX_ATTEMPTS = 20;

    private final Meetings meetings;
    private final Rsvps rsvps;
    private final MeetingSeats seats;
    private final MeetingMail mail;
    private final Clock clock;

    MeetingChanges(Meetings meetings, Rsvps rsvps, MeetingSeats seats, MeetingMail mail, Clock clock) {
        this.meetings = meetings;
        this.rsvps = rsvps;
        this.seats = seats;
        this.mail = mail;
        this.clock = clock;
    }

    /** Tells everyone going or waiting what the meeting is now, a page of RSVPs at a time. */
    void tell(Meeting meeting) {
        Places places = seats.places(meeting);
        String after = "";
        List<Rsvp> page;
        do {
            page = rsvps.findByMeetingIdAndStatusInAndIdGreaterThanOrderByIdAsc(meeting.id(), ACTIVE, after,
                    PageRequest.of(0, PAGE));
            for (Rsvp rsvp : page) {
                tell(rsvp.id(), meeting, places);
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == PAGE);
    }

    /** After an RSVP got a place or a spot in line: tells it of a change it may have missed while it was confirmed. */
    void follow(Rsvp rsvp) {
        Meeting meeting = meetings.findById(rsvp.meetingId()).orElse(null);
        if (meeting != null && (meeting.cancelled() || rsvp.inviteSequence() < meeting.sequence())) {
            tell(rsvp.id(), meeting, seats.places(meeting));
        }
    }

    private void tell(String rsvpId, Meeting meeting, Places places) {
        try {
            Retries.onConflict(MAX_ATTEMPTS, () -> {
                Rsvp rsvp = rsvps.findById(rsvpId).orElse(null);
                Instant now = clock.instant();
                boolean changed = rsvp != null && (meeting.cancelled()
                        ? rsvp.tellCancelled(List.of(mail.cancelled(rsvp, meeting, now)), now)
                        : rsvp.reinvite(meeting, mail.updated(rsvp, meeting, places, now)));
                if (changed) {
                    rsvps.save(rsvp);
                }
            });
        } catch (OptimisticLockingFailureException keptChanging) {
            log.debug("RSVP {} kept changing while being told of a change to meeting {}", rsvpId, meeting.id());
        }
    }
}
