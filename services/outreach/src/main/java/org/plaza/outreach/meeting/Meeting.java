package org.plaza.outreach.meeting;

import java.time.Instant;
import java.util.Locale;

import org.plaza.events.outreach.MeetingCancelled;
import org.plaza.events.outreach.MeetingRescheduled;
import org.plaza.events.outreach.MeetingScheduled;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community meeting of a campaign. Its places and waitlist are held in the seat ledger ({@link MeetingSeats}),
 * changed only by conditional single-document updates, so however many residents confirm at once a meeting with a
 * capacity never has more people going than places. Its organizer may call it off or move it; each move raises
 * the calendar invite's {@code sequence}, so calendars replace the entry that has the same UID.
 */
@Document("meetings")
public class Meeting extends OutboxAggregate {

    /** Whether it still takes place. */
    public enum Status {
        SCHEDULED, CANCELLED
    }

    @Id
    private final String id;
    @Indexed
    private final String campaignId;
    private final String titleEs;
    private final String titleEn;
    private final String descriptionEs;
    private final String descriptionEn;
    private String place;
    private String address;
    private String community;
    @Indexed
    private Instant startsAt;
    private Instant endsAt;
    private final Integer capacity;
    private final int attended;
    private final String staffId;
    private final Instant scheduledAt;
    private Status status;
    private int sequence;
    private Instant changedAt;

    @PersistenceCreator
    Meeting(String id, String campaignId, String titleEs, String titleEn, String descriptionEs, String descriptionEn,
            String place, String address, String community, Instant startsAt, Instant endsAt, Integer capacity,
            int attended, String staffId, Instant scheduledAt, Status status, int sequence, Instant changedAt) {
        this.id = id;
        this.campaignId = campaignId;
        this.titleEs = titleEs;
        this.titleEn = titleEn;
        this.descriptionEs = descriptionEs;
        this.descriptionEn = descriptionEn;
        this.place = place;
        this.address = address;
        this.community = community;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
        this.attended = attended;
        this.staffId = staffId;
        this.scheduledAt = scheduledAt;
        this.status = status == null ? Status.SCHEDULED : status;
        this.sequence = sequence;
        this.changedAt = changedAt;
    }

    /** A new meeting from a checked request (its times already instants), announced by {@code MeetingScheduled}. */
    static Meeting schedule(String id, MeetingRequest request, Instant startsAt, Instant endsAt, String staffId, Instant now) {
        Meeting meeting = new Meeting(id, request.campaignId(), request.titleEs().strip(), request.titleEn().strip(),
                blankToNull(request.descriptionEs()), blankToNull(request.descriptionEn()), request.place().strip(),
                request.address().strip(), request.community(), startsAt, endsAt, request.capacity(), 0, staffId, now,
                Status.SCHEDULED, 0, now);
        meeting.raise(new MeetingScheduled(id, meeting.campaignId, meeting.community, startsAt, endsAt,
                meeting.capacity, staffId, now, meeting.titleEs, meeting.titleEn));
        return meeting;
    }

    /**
     * The organizer calls it off ({@code MeetingCancelled}): no place is given any more, those who RSVPed are told.
     *
     * @throws PlazaProblem 409 {@code meeting-cancelled} when it already was, {@code meeting-over} once it ended
     */
    void cancel(String byStaffId, int going, int waitlisted, Instant now) {
        requireChangeable(now);
        status = Status.CANCELLED;
        sequence++;
        changedAt = now;
        raise(new MeetingCancelled(id, campaignId, going, waitlisted, byStaffId, now));
    }

    /**
     * The organizer moves it to another time or place ({@code MeetingRescheduled}): the invite's sequence goes up.
     *
     * @param going residents going, who get the updated invite
     * @return false when nothing changed (the same time and place)
     * @throws PlazaProblem 409 {@code meeting-cancelled} or {@code meeting-over}
     */
    boolean reschedule(String newPlace, String newAddress, String newCommunity, Instant newStart, Instant newEnd,
            String byStaffId, int going, Instant now) {
        requireChangeable(now);
        if (place.equals(newPlace) && address.equals(newAddress) && community.equals(newCommunity)
                && startsAt.equals(newStart) && endsAt.equals(newEnd)) {
            return false;
        }
        place = newPlace;
        address = newAddress;
        community = newCommunity;
        startsAt = newStart;
        endsAt = newEnd;
        sequence++;
        changedAt = now;
        raise(new MeetingRescheduled(id, campaignId, community, startsAt, endsAt, sequence, going, byStaffId, now));
        return true;
    }

    private void requireChangeable(Instant now) {
        if (status == Status.CANCELLED) {
            throw PlazaProblem.conflict("meeting-cancelled", "outreach.problem.meeting-cancelled");
        }
        if (!now.isBefore(endsAt)) {
            throw PlazaProblem.conflict("meeting-over", "outreach.problem.meeting-over");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public String titleEs() {
        return titleEs;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The title in the reader's language (Spanish unless they read English). */
    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleEs;
    }

    /** The description in the reader's language, or the other one when only that was written; may be null. */
    public String description(Locale locale) {
        String mine = "en".equals(locale.getLanguage()) ? descriptionEn : descriptionEs;
        return mine != null ? mine : "en".equals(locale.getLanguage()) ? descriptionEs : descriptionEn;
    }

    public String place() {
        return place;
    }

    public String address() {
        return address;
    }

    public String community() {
        return community;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    /** Places; null when there is no limit. */
    public Integer capacity() {
        return capacity;
    }

    public int attended() {
        return attended;
    }

    public Status status() {
        return status;
    }

    public boolean cancelled() {
        return status == Status.CANCELLED;
    }

    /** Whether residents may still RSVP (to a place or the waitlist): scheduled, and not started. */
    public boolean open(Instant now) {
        return status == Status.SCHEDULED && startsAt.isAfter(now);
    }

    /** The calendar invite's SEQUENCE: 0 as scheduled, one more for each move and for the cancellation. */
    public int sequence() {
        return sequence;
    }

    /** When it was last scheduled, moved or cancelled (the invite's DTSTAMP). */
    public Instant changedAt() {
        return changedAt == null ? scheduledAt : changedAt;
    }

    public String staffId() {
        return staffId;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }
}
