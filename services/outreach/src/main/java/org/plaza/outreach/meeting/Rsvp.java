package org.plaza.outreach.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.MeetingAttended;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.MeetingRsvped;
import org.plaza.events.outreach.MeetingWaitlisted;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.outreach.support.LinkSecrets;
import org.plaza.starter.notification.NotificationRequest;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resident's RSVP to a meeting: their name, email or mobile number (or both) and language, held for the meeting and
 * erased by the retention kit. It waits for its link ({@code <rsvpId>.<secret>}, the secret kept only as a hash,
 * {@link LinkSecrets}), emailed or texted, before it counts; confirming takes a place, hands the resident over to the
 * supporters service and asks for the invite and reminders, all in the same write; when the meeting is full it joins
 * the waitlist instead and is told its place in line, and is promoted (with the invite and reminders) when a place is
 * given back. When the organizer moves or calls off the meeting the RSVP remembers which invite it was sent and
 * whether it was told, so telling everyone can be repeated without telling anyone twice. Each change announces a
 * count, never a person. Messages go by text to a resident who gave no email, or who ticked the form's box for texts
 * ({@code textOptIn}); the optional reminders go by text only with that box.
 */
@Document("meeting_rsvps")
public class Rsvp extends OutboxAggregate {

    /** Where an RSVP stands. */
    public enum Status {
        /** Waiting for its link (emailed or texted). */
        PENDING,
        /** Confirmed, with a place. */
        GOING,
        /** Confirmed when the meeting was full: waiting for a place, in order. */
        WAITLISTED,
        /** Confirmed when no place could be given any more (the meeting had started or was called off). */
        FULL,
        /** Confirmed while the same person was already going: their first RSVP stands. */
        DUPLICATE,
        /** Cancelled by the resident. */
        CANCELLED;

        /** Going or waiting: told when the meeting moves or is called off, and may cancel. */
        public boolean active() {
            return this == GOING || this == WAITLISTED;
        }
    }

    @Id
    private final String id;
    @Indexed
    private final String meetingId;
    private final String campaignId;
    @Indexed
    private final String supporterId;
    private final String name;
    private final String email;
    private final String phone;
    private final String language;
    private final String secretHash;
    private final Instant requestedAt;
    private final Instant expiresAt;
    private Instant meetingEndsAt;
    private Status status;
    private Instant confirmedAt;
    private Instant cancelledAt;
    private Instant checkedInAt;
    private String checkedInBy;
    private int inviteSequence;
    private Instant toldCancelledAt;
    /** The form's box for texts, kept only with a mobile number; not in the constructor (RSVPs before it have none). */
    private boolean textOptIn;
    /**
     * When the resident asked to cancel, saved before the ledger gives the place back, so that a cancellation a
     * crash interrupted is finished by the reconciler; not in the constructor (RSVPs before it have none).
     */
    @Indexed(sparse = true)
    private Instant cancelRequestedAt;

    @PersistenceCreator
    Rsvp(String id, String meetingId, String campaignId, String supporterId, String name, String email, String phone,
            String language, String secretHash, Instant requestedAt, Instant expiresAt, Instant meetingEndsAt, Status status,
            Instant confirmedAt, Instant cancelledAt, Instant checkedInAt, String checkedInBy, int inviteSequence,
            Instant toldCancelledAt) {
        this.id = id;
        this.meetingId = meetingId;
        this.campaignId = campaignId;
        this.supporterId = supporterId;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.language = language;
        this.secretHash = secretHash;
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
        this.meetingEndsAt = meetingEndsAt;
        this.status = status;
        this.confirmedAt = confirmedAt;
        this.cancelledAt = cancelledAt;
        this.checkedInAt = checkedInAt;
        this.checkedInBy = checkedInBy;
        this.inviteSequence = inviteSequence;
        this.toldCancelledAt = toldCancelledAt;
    }

    /**
     * A new RSVP waiting for its link, and the token of that link (for the email or text only). {@code email} or
     * {@code phone} (E.164) may be null, not both.
     */
    static Issued request(String id, Meeting meeting, String supporterId, String name, String email, String phone,
            boolean textOptIn, String language, Instant now, Duration ttl) {
        String secret = LinkSecrets.newSecret();
        Rsvp rsvp = new Rsvp(id, meeting.id(), meeting.campaignId(), supporterId, name, email, phone, language,
                LinkSecrets.hash(id, secret), now, now.plus(ttl), meeting.endsAt(), Status.PENDING, null, null, null, null,
                meeting.sequence(), null);
        rsvp.textOptIn = textOptIn && phone != null;
        return new Issued(rsvp, id + "." + secret);
    }

    /** Whether its messages go by text: a mobile number and no email, or the box for texts ticked. */
    public boolean prefersText() {
        return phone != null && (email == null || textOptIn);
    }

    /**
     * Whether the resident can be reminded (an optional message): by email, or by text when they ticked the box for
     * texts; a resident who gave only a number and left the box empty gets only what they asked for.
     */
    boolean remindable() {
        return prefersText() ? textOptIn : email != null;
    }

    /** Addresses a message to the resident on their channel: a text to their number, or an email. */
    NotificationRequest addressedTo(NotificationRequest request) {
        return prefersText() ? request.textTo(phone, name) : request.recipient(email, name);
    }

    /** An email to send, saved with the RSVP (outbox). */
    void notify(NotificationRequested request) {
        raise(request);
    }

    /** Whether {@code secret} is this RSVP's, and it still waits for it. */
    boolean opens(String secret, Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt) && LinkSecrets.matches(id, secret, secretHash);
    }

    /**
     * Confirmed with a place: counts it ({@code MeetingRsvped}), hands the resident over and asks for their mail.
     *
     * @param places the meeting's places as this one was taken
     */
    void confirm(Meeting meeting, Places places, SupporterContactShared contact, List<NotificationRequested> mail,
            Instant now) {
        requireStatus(Status.PENDING);
        status = Status.GOING;
        confirmedAt = now;
        inviteSequence = meeting.sequence();
        raise(new MeetingRsvped(meetingId, campaignId, places.going(), meeting.capacity(), now, places.waitlisted(),
                false));
        raise(contact);
        mail.forEach(this::raise);
    }

    /**
     * Confirmed while the meeting was full: in line ({@code MeetingWaitlisted}), handed over, told its position.
     *
     * @param places the meeting's places as this one joined the line
     */
    void waitlist(Meeting meeting, Places places, SupporterContactShared contact, List<NotificationRequested> mail,
            Instant now) {
        requireStatus(Status.PENDING);
        status = Status.WAITLISTED;
        confirmedAt = now;
        inviteSequence = meeting.sequence();
        raise(new MeetingWaitlisted(meetingId, campaignId, places.position(id), places.going(), meeting.capacity(), now));
        raise(contact);
        mail.forEach(this::raise);
    }

    /**
     * A place someone gave back is this RSVP's ({@code MeetingRsvped}, promoted): the invite and reminders follow.
     *
     * @return false when it was no longer waiting (cancelled meanwhile)
     */
    boolean promote(Meeting meeting, Places places, List<NotificationRequested> mail, Instant now) {
        if (status != Status.WAITLISTED) {
            return false;
        }
        status = Status.GOING;
        inviteSequence = meeting.sequence();
        raise(new MeetingRsvped(meetingId, campaignId, places.going(), meeting.capacity(), now, places.waitlisted(),
                true));
        mail.forEach(this::raise);
        return true;
    }

    /** Confirmed, but without a place (no place could be given any more, or the same person already going). */
    void confirmWithoutPlace(Status outcome, Instant now) {
        requireStatus(Status.PENDING);
        status = outcome;
        confirmedAt = now;
    }

    /** Records that the resident asked to cancel; false when it is not going or waiting, or was asked already. */
    boolean requestCancel(Instant now) {
        if (!status.active() || cancelRequestedAt != null) {
            return false;
        }
        cancelRequestedAt = now;
        return true;
    }

    /**
     * Cancelled by the resident, a place or a spot in line: the reminders are void ({@code MeetingRsvpCancelled}).
     *
     * @param goingAfter      residents going once this place is given back (and given to the first in line)
     * @param waitlistedAfter residents waiting after that
     * @return false when it was neither going nor waiting
     */
    boolean cancel(int goingAfter, int waitlistedAfter, Instant now) {
        if (!status.active()) {
            return false;
        }
        status = Status.CANCELLED;
        cancelledAt = now;
        raise(new MeetingRsvpCancelled(meetingId, campaignId, id, Math.max(0, goingAfter), now,
                Math.max(0, waitlistedAfter)));
        return true;
    }

    /** Tells a resident going or waiting that the meeting was called off, once; false when there is nobody to tell. */
    boolean tellCancelled(List<NotificationRequested> mail, Instant now) {
        if (!status.active() || toldCancelledAt != null) {
            return false;
        }
        toldCancelledAt = now;
        mail.forEach(this::raise);
        return true;
    }

    /**
     * Follows the meeting to its new time (its personal data is kept until then) and sends the invite of its
     * {@code sequence} to a resident going or waiting, once; false when already sent or not active.
     */
    boolean reinvite(Meeting meeting, List<NotificationRequested> mail) {
        if (!status.active() || inviteSequence >= meeting.sequence()) {
            return false;
        }
        inviteSequence = meeting.sequence();
        meetingEndsAt = meeting.endsAt();
        mail.forEach(this::raise);
        return true;
    }

    /** Checked in at the door; false when they already were. */
    boolean checkIn(String staffId, int attendedAfter, int going, Instant now) {
        requireStatus(Status.GOING);
        if (checkedInAt != null) {
            return false;
        }
        checkedInAt = now;
        checkedInBy = staffId;
        raise(new MeetingAttended(meetingId, campaignId, attendedAfter, going, staffId, now));
        return true;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new IllegalStateException("RSVP " + id + " is " + status + ", not " + expected);
        }
    }

    public String id() {
        return id;
    }

    public String meetingId() {
        return meetingId;
    }

    public String campaignId() {
        return campaignId;
    }

    public String supporterId() {
        return supporterId;
    }

    /** Null once erased. */
    public String name() {
        return name;
    }

    /** Null once erased. */
    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String language() {
        return language;
    }

    /** Whether they ticked the form's box for texts (with a number). */
    public boolean textOptIn() {
        return textOptIn;
    }

    public Status status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant cancelRequestedAt() {
        return cancelRequestedAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }

    public Instant meetingEndsAt() {
        return meetingEndsAt;
    }

    /** The SEQUENCE of the last invite the resident was sent. */
    public int inviteSequence() {
        return inviteSequence;
    }

    /** When they were told the meeting was called off; null if not (yet). */
    public Instant toldCancelledAt() {
        return toldCancelledAt;
    }

    /** A fresh RSVP and the token of its link, {@code <id>.<secret>}, which only the email carries. */
    record Issued(Rsvp rsvp, String token) {
    }
}
