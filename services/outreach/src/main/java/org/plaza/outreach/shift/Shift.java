package org.plaza.outreach.shift;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftCancelled.CancelledBy;
import org.plaza.events.outreach.ShiftCancelled.Scope;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.outreach.ShiftUnderstaffed;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An outreach activity volunteers take part in. Its places are counted in the {@link Seats} ledger, not
 * here: this document holds what the organizer decided and announces it.
 */
@Document("shifts")
public class Shift extends OutboxAggregate {

    /** Where a shift is in its life. */
    public enum Status {
        SCHEDULED, CANCELLED
    }

    @Id
    private final String id;
    @Indexed
    private final String campaignId;
    private final Activity activity;
    private final String titleEs;
    private final String titleEn;
    private final String descriptionEs;
    private final String descriptionEn;
    private final String community;
    private final String address;
    private final String placeKey;
    private final Instant startsAt;
    private final Instant endsAt;
    private final String timeZone;
    private final int capacity;
    private final int minimumVolunteers;
    private final List<String> languagesNeeded;
    private final List<String> roles;
    private final String requiredTrainingId;
    private final String trainingId;
    private final int sessionNumber;
    private final String leadStaffId;
    private final String staffId;
    private final Instant scheduledAt;
    private Status status;
    private Instant cancelledAt;
    private Instant understaffedAt;

    @PersistenceCreator
    Shift(String id, String campaignId, Activity activity, String titleEs, String titleEn, String descriptionEs,
            String descriptionEn, String community, String address, String placeKey, Instant startsAt, Instant endsAt,
            String timeZone, int capacity, int minimumVolunteers, List<String> languagesNeeded, List<String> roles,
            String requiredTrainingId, String trainingId, int sessionNumber, String leadStaffId, String staffId,
            Instant scheduledAt, Status status, Instant cancelledAt, Instant understaffedAt) {
        this.id = id;
        this.campaignId = campaignId;
        this.activity = activity;
        this.titleEs = titleEs;
        this.titleEn = titleEn;
        this.descriptionEs = descriptionEs;
        this.descriptionEn = descriptionEn;
        this.community = community;
        this.address = address;
        this.placeKey = placeKey;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = timeZone;
        this.capacity = capacity;
        this.minimumVolunteers = minimumVolunteers;
        this.languagesNeeded = languagesNeeded == null ? List.of() : List.copyOf(languagesNeeded);
        this.roles = roles == null ? List.of() : List.copyOf(roles);
        this.requiredTrainingId = requiredTrainingId;
        this.trainingId = trainingId;
        this.sessionNumber = sessionNumber;
        this.leadStaffId = leadStaffId;
        this.staffId = staffId;
        this.scheduledAt = scheduledAt;
        this.status = status;
        this.cancelledAt = cancelledAt;
        this.understaffedAt = understaffedAt;
    }

    /** Schedules a checked plan and announces it. */
    static Shift schedule(String id, ShiftPlan plan, String trainingId, int sessionNumber, String staffId, Instant at) {
        Shift shift = new Shift(id, plan.campaignId(), plan.activity(), plan.titleEs(), plan.titleEn(), plan.descriptionEs(),
                plan.descriptionEn(), plan.community(), plan.address(), placeKey(plan.community(), plan.address()),
                plan.startsAt(), plan.endsAt(), plan.timeZone(), plan.capacity(), plan.minimumVolunteers(),
                plan.languagesNeeded(), plan.roles(), plan.requiredTrainingId(), trainingId, sessionNumber,
                plan.leadStaffId() == null ? staffId : plan.leadStaffId(), staffId, at, Status.SCHEDULED, null, null);
        shift.raise(new ShiftScheduled(id, shift.campaignId, shift.activity.name(), shift.titleEs, shift.titleEn,
                shift.community, shift.startsAt, shift.endsAt, shift.timeZone, shift.capacity, shift.minimumVolunteers,
                shift.languagesNeeded, shift.requiredTrainingId, shift.trainingId, staffId, at));
        return shift;
    }

    /** The organizer calls the whole shift off; its sign-ups and pending reminders are void. */
    void cancel(String byStaffId, Instant at) {
        if (status == Status.CANCELLED) {
            throw PlazaProblem.conflict("shift-cancelled", "outreach.problem.shift-cancelled");
        }
        if (!at.isBefore(endsAt)) {
            throw PlazaProblem.conflict("shift-over", "outreach.problem.shift-over");
        }
        status = Status.CANCELLED;
        cancelledAt = at;
        raise(new ShiftCancelled(id, campaignId, Scope.SHIFT, null, null, null, CancelledBy.ORGANIZER, byStaffId, 0, at));
    }

    /** Announces, once, that the shift is still under its minimum close to its start. */
    boolean flagUnderstaffed(int signedUp, int openSpots, Instant at) {
        if (understaffedAt != null || status != Status.SCHEDULED || signedUp >= minimumVolunteers) {
            return false;
        }
        understaffedAt = at;
        raise(new ShiftUnderstaffed(id, campaignId, community, languagesNeeded, startsAt, minimumVolunteers, signedUp,
                openSpots, at));
        return true;
    }

    /** The same place whoever typed it: community and address, lower-case, without punctuation or extra spaces. */
    static String placeKey(String community, String address) {
        String normalized = address == null ? "" : address.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return community + "|" + normalized;
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    public boolean isOpenFor(Instant now) {
        return status == Status.SCHEDULED && now.isBefore(startsAt);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleEs;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionEs;
    }

    public int durationMinutes() {
        return (int) Duration.between(startsAt, endsAt).toMinutes();
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public Activity activity() {
        return activity;
    }

    public String titleEs() {
        return titleEs;
    }

    public String titleEn() {
        return titleEn;
    }

    public String community() {
        return community;
    }

    public String address() {
        return address;
    }

    String placeKey() {
        return placeKey;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String timeZone() {
        return timeZone;
    }

    public int capacity() {
        return capacity;
    }

    public int minimumVolunteers() {
        return minimumVolunteers;
    }

    public List<String> languagesNeeded() {
        return languagesNeeded;
    }

    public List<String> roles() {
        return roles;
    }

    public String requiredTrainingId() {
        return requiredTrainingId;
    }

    public String trainingId() {
        return trainingId;
    }

    public int sessionNumber() {
        return sessionNumber;
    }

    public String leadStaffId() {
        return leadStaffId;
    }

    public String staffId() {
        return staffId;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public Status status() {
        return status;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant understaffedAt() {
        return understaffedAt;
    }
}
