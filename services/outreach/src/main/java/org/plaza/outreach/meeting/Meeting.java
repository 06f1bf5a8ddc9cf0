package org.plaza.outreach.meeting;

import java.time.Instant;
import java.util.Locale;

import org.plaza.events.outreach.MeetingScheduled;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community meeting of a campaign. Its counters ({@code going}, {@code openSpots}, {@code attended}) are changed
 * only by conditional single-document updates ({@link MeetingSeats}), so however many residents confirm at once a
 * meeting with a capacity never has more people going than places.
 */
@Document("meetings")
public class Meeting extends OutboxAggregate {

    @Id
    private final String id;
    @Indexed
    private final String campaignId;
    private final String titleEs;
    private final String titleEn;
    private final String descriptionEs;
    private final String descriptionEn;
    private final String place;
    private final String address;
    private final String community;
    @Indexed
    private final Instant startsAt;
    private final Instant endsAt;
    private final Integer capacity;
    private final int going;
    private final Integer openSpots;
    private final int attended;
    private final String staffId;
    private final Instant scheduledAt;

    @PersistenceCreator
    Meeting(String id, String campaignId, String titleEs, String titleEn, String descriptionEs, String descriptionEn,
            String place, String address, String community, Instant startsAt, Instant endsAt, Integer capacity, int going,
            Integer openSpots, int attended, String staffId, Instant scheduledAt) {
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
        this.going = going;
        this.openSpots = openSpots;
        this.attended = attended;
        this.staffId = staffId;
        this.scheduledAt = scheduledAt;
    }

    /** A new meeting from a checked request (its times already instants), announced by {@code MeetingScheduled}. */
    static Meeting schedule(String id, MeetingRequest request, Instant startsAt, Instant endsAt, String staffId, Instant now) {
        Meeting meeting = new Meeting(id, request.campaignId(), request.titleEs().strip(), request.titleEn().strip(),
                blankToNull(request.descriptionEs()), blankToNull(request.descriptionEn()), request.place().strip(),
                request.address().strip(), request.community(), startsAt, endsAt, request.capacity(), 0,
                request.capacity(), 0, staffId, now);
        meeting.raise(new MeetingScheduled(id, meeting.campaignId, meeting.community, startsAt, endsAt,
                meeting.capacity, staffId, now));
        return meeting;
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

    public int going() {
        return going;
    }

    /** Places left; null when there is no limit. */
    public Integer openSpots() {
        return openSpots;
    }

    public int attended() {
        return attended;
    }

    public boolean full() {
        return openSpots != null && openSpots <= 0;
    }

    public String staffId() {
        return staffId;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }
}
