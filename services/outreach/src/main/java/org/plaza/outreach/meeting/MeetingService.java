package org.plaza.outreach.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.plaza.outreach.access.Campaigns;
import org.plaza.outreach.support.Times;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.id.Ids;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.validation.SingleLine;
import org.plaza.starter.validation.SingleLineCheck;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Organizers schedule meetings of the campaigns they manage (the starter's {@link CampaignAccess}), move them to
 * another time or place, or call them off; residents read the upcoming ones. Whoever RSVPed is told of a move or a
 * cancellation by {@link MeetingChanges}.
 */
@Service
public class MeetingService {

    static final int MAX_TITLE = 140;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_PLACE = 200;
    static final int MAX_CAPACITY = 10_000;
    static final Duration MAX_LENGTH = Duration.ofHours(24);
    private static final int MAX_ATTEMPTS = 20;

    private final Meetings meetings;
    private final MeetingSeats seats;
    private final MeetingChanges changes;
    private final CampaignAccess access;
    private final Campaigns campaigns;
    private final Vocabulary vocabulary;
    private final Times times;
    private final Clock clock;
    private final MeterRegistry meters;

    MeetingService(Meetings meetings, MeetingSeats seats, MeetingChanges changes, CampaignAccess access,
            Campaigns campaigns, Vocabulary vocabulary, Times times, Clock clock, MeterRegistry meters) {
        this.meetings = meetings;
        this.seats = seats;
        this.changes = changes;
        this.access = access;
        this.campaigns = campaigns;
        this.vocabulary = vocabulary;
        this.times = times;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Schedules a meeting of a campaign the caller manages.
     *
     * @throws PlazaProblem 403 {@code campaign-forbidden} off the team; a validation problem naming every wrong field
     */
    public Meeting schedule(MeetingRequest request) {
        access.requireManage(request.campaignId());
        Instant now = clock.instant();
        PlazaProblem problem = PlazaProblem.badRequest("validation", "plaza.problem.validation");
        boolean wrong = false;
        if (!campaigns.existsById(request.campaignId())) {
            problem.withFieldError("campaignId", "meeting.error.campaign");
            wrong = true;
        }
        wrong |= line(problem, "titleEs", request.titleEs(), MAX_TITLE, "meeting.error.title");
        wrong |= line(problem, "titleEn", request.titleEn(), MAX_TITLE, "meeting.error.title");
        wrong |= text(problem, "descriptionEs", request.descriptionEs(), MAX_DESCRIPTION, false, "meeting.error.description");
        wrong |= text(problem, "descriptionEn", request.descriptionEn(), MAX_DESCRIPTION, false, "meeting.error.description");
        Optional<When> when = whenAndWhere(problem, request, now);
        wrong |= when.isEmpty();
        if (request.capacity() != null && (request.capacity() < 1 || request.capacity() > MAX_CAPACITY)) {
            problem.withFieldError("capacity", "meeting.error.capacity", MAX_CAPACITY);
            wrong = true;
        }
        if (wrong) {
            throw problem;
        }
        Meeting meeting = meetings.save(Meeting.schedule(Ids.next("mtg", now), request, when.get().start(), when.get().end(),
                access.staffId(), now));
        seats.open(meeting);
        meters.counter("plaza.outreach.meetings.scheduled").increment();
        return meeting;
    }

    /**
     * Moves a meeting the caller manages to another time or place (the request's {@code place}, {@code address},
     * {@code community}, {@code startsAt} and {@code endsAt}; its other fields are not read). Those going get the
     * updated invite and new reminders; those waiting, the new time.
     *
     * @throws PlazaProblem 403 off the team, 409 {@code meeting-cancelled} or {@code meeting-over}, or a validation
     *                      problem naming every wrong field
     */
    public Meeting reschedule(String meetingId, MeetingRequest request) {
        managed(meetingId);
        Instant now = clock.instant();
        PlazaProblem problem = PlazaProblem.badRequest("validation", "plaza.problem.validation");
        Optional<When> when = whenAndWhere(problem, request, now);
        if (when.isEmpty()) {
            throw problem;
        }
        Meeting rescheduled = Retries.onConflict(MAX_ATTEMPTS, () -> {
            Meeting current = get(meetingId);
            if (!current.reschedule(request.place().strip(), request.address().strip(), request.community(),
                    when.get().start(), when.get().end(), access.staffId(), seats.places(current).going(), now)) {
                return current;
            }
            Meeting saved = meetings.save(current);
            seats.startsAt(meetingId, saved.startsAt());
            meters.counter("plaza.outreach.meetings.changed", "change", "rescheduled").increment();
            return saved;
        }, keptChanging -> get(meetingId));
        changes.tell(rescheduled);
        return rescheduled;
    }

    /**
     * Calls off a meeting the caller manages: no place is given any more, every resident going or waiting is told
     * (with the cancelled invite), the reminders are void. Cancelling again only finishes telling.
     *
     * @throws PlazaProblem 403 off the team, 409 {@code meeting-over} once it ended
     */
    public Meeting cancel(String meetingId) {
        managed(meetingId);
        Instant now = clock.instant();
        Meeting cancelled = Retries.onConflict(MAX_ATTEMPTS, () -> {
            Meeting current = get(meetingId);
            if (current.cancelled()) {
                return current;
            }
            seats.close(meetingId);
            Places places = seats.places(current);
            current.cancel(access.staffId(), places.going(), places.waitlisted(), now);
            Meeting saved = meetings.save(current);
            meters.counter("plaza.outreach.meetings.changed", "change", "cancelled").increment();
            return saved;
        }, keptChanging -> get(meetingId));
        changes.tell(cancelled);
        return cancelled;
    }

    /** The places of these meetings (going, waiting, left), by meeting id, in one query. */
    public Map<String, Places> places(List<Meeting> list) {
        return seats.places(list);
    }

    /** The places of one meeting now. */
    public Places places(Meeting meeting) {
        return seats.places(meeting);
    }

    private record When(Instant start, Instant end) {
    }

    /** The place and time fields of a request, checked: the start and end instants, or empty with the problem filled. */
    private Optional<When> whenAndWhere(PlazaProblem problem, MeetingRequest request, Instant now) {
        boolean wrong = line(problem, "place", request.place(), MAX_PLACE, "meeting.error.place");
        wrong |= line(problem, "address", request.address(), MAX_PLACE, "meeting.error.address");
        if (request.community() == null || !vocabulary.isCommunity(request.community())) {
            problem.withFieldError("community", "meeting.error.community");
            wrong = true;
        }
        Optional<Instant> start = request.startsAt() == null ? Optional.empty() : times.instantOf(request.startsAt());
        Optional<Instant> end = request.endsAt() == null ? Optional.empty() : times.instantOf(request.endsAt());
        if (start.isEmpty() || !start.get().isAfter(now)) {
            problem.withFieldError("startsAt", "meeting.error.starts-at");
            wrong = true;
        }
        if (end.isEmpty() || start.isPresent() && (!end.get().isAfter(start.get())
                || Duration.between(start.get(), end.get()).compareTo(MAX_LENGTH) > 0)) {
            problem.withFieldError("endsAt", "meeting.error.ends-at");
            wrong = true;
        }
        return wrong ? Optional.empty() : Optional.of(new When(start.get(), end.get()));
    }

    public Meeting get(String meetingId) {
        return meetings.findById(meetingId)
                .orElseThrow(() -> PlazaProblem.notFound("meeting-not-found", "outreach.problem.meeting-not-found"));
    }

    /** A meeting the caller manages (its roster, its check-ins). */
    public Meeting managed(String meetingId) {
        Meeting meeting = get(meetingId);
        access.requireManage(meeting.campaignId());
        return meeting;
    }

    /** A campaign's meetings, for its organizers. */
    public List<Meeting> ofCampaign(String campaignId) {
        access.requireManage(campaignId);
        return meetings.findByCampaignIdOrderByStartsAtAsc(campaignId);
    }

    /**
     * One page of meetings that have not ended yet, soonest first, of a campaign or a community (or all), plus one
     * more to tell whether a next page exists.
     */
    public List<Meeting> upcoming(String campaignId, String community, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(0, page - 1), size + 1);
        Instant now = clock.instant();
        if (campaignId != null && !campaignId.isBlank()) {
            return meetings.findByEndsAtAfterAndCampaignIdOrderByStartsAtAsc(now, campaignId, request);
        }
        if (community != null && !community.isBlank()) {
            return meetings.findByEndsAtAfterAndCommunityOrderByStartsAtAsc(now, community, request);
        }
        return meetings.findByEndsAtAfterOrderByStartsAtAsc(now, request);
    }

    /** A required one-line text: {@link #text}, and no line break in it (the starter's {@link SingleLine}). */
    private static boolean line(PlazaProblem problem, String field, String value, int max, String key) {
        if (text(problem, field, value, max, true, key)) {
            return true;
        }
        if (SingleLineCheck.breaks(value.strip())) {
            problem.withFieldError(field, SingleLine.MESSAGE_KEY);
            return true;
        }
        return false;
    }

    private static boolean text(PlazaProblem problem, String field, String value, int max, boolean required, String key) {
        boolean blank = value == null || value.isBlank();
        if (required && blank || !blank && value.strip().length() > max) {
            problem.withFieldError(field, key, max);
            return true;
        }
        return false;
    }
}
