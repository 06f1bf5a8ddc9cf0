package org.plaza.outreach.shift;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.plaza.outreach.access.Campaigns;
import org.plaza.outreach.training.TrainingSeries;
import org.plaza.outreach.training.Trainings;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.id.Ids;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Organizers' scheduling: shifts and training series, checked against the rules, against the caller's
 * campaigns, and against what is already scheduled at the same place or for the same lead organizer.
 */
@Service
public class ShiftService {

    private final Shifts shifts;
    private final Trainings trainings;
    private final Seats seats;
    private final ShiftRules rules;
    private final CampaignAccess access;
    private final Campaigns campaigns;
    private final Clock clock;
    private final MeterRegistry meters;

    ShiftService(Shifts shifts, Trainings trainings, Seats seats, ShiftRules rules, CampaignAccess access, Campaigns campaigns,
            Clock clock, MeterRegistry meters) {
        this.shifts = shifts;
        this.trainings = trainings;
        this.seats = seats;
        this.rules = rules;
        this.access = access;
        this.campaigns = campaigns;
        this.clock = clock;
        this.meters = meters;
    }

    /** Schedules one shift; a training session on its own becomes a training of one session. */
    public Shift schedule(ShiftRequest request) {
        if ("TRAINING_SESSION".equals(request.activity())) {
            TrainingRequest training = new TrainingRequest(request.campaignId(), request.titleEs(), request.titleEn(),
                    request.descriptionEs(), request.descriptionEn(), request.community(), request.address(),
                    request.capacity(), request.minimumVolunteers(), request.languagesNeeded(), request.leadStaffId(),
                    List.of(new TrainingRequest.Session(request.startsAt(), request.endsAt())));
            return get(scheduleTraining(training).sessionShiftIds().get(0));
        }
        Instant now = clock.instant();
        ShiftPlan plan = rules.plan(request, now);
        authorize(plan.campaignId());
        String staffId = access.staffId();
        checkNoOverlap(plan, staffId);
        Shift shift = shifts.save(Shift.schedule(Ids.next("shf", now), plan, null, 0, staffId, now));
        seats.open(shift);
        meters.counter("plaza.outreach.shifts.scheduled", "activity", shift.activity().name()).increment();
        return shift;
    }

    /** Schedules a training series: its sessions are shifts of kind TRAINING_SESSION. */
    public TrainingSeries scheduleTraining(TrainingRequest request) {
        Instant now = clock.instant();
        List<ShiftPlan> plans = rules.plan(request, now);
        authorize(request.campaignId());
        String staffId = access.staffId();
        plans.forEach(plan -> checkNoOverlap(plan, staffId));
        String trainingId = Ids.next("trn", now);
        List<String> sessionIds = new ArrayList<>();
        for (ShiftPlan plan : plans) {
            sessionIds.add(Ids.next("shf", now));
        }
        TrainingSeries training = trainings.save(new TrainingSeries(trainingId, request.campaignId(),
                request.titleEs().strip(), request.titleEn().strip(), sessionIds, staffId, now));
        for (int i = 0; i < plans.size(); i++) {
            Shift session = shifts.save(Shift.schedule(sessionIds.get(i), plans.get(i), trainingId, i + 1, staffId, now));
            seats.open(session);
            meters.counter("plaza.outreach.shifts.scheduled", "activity", session.activity().name()).increment();
        }
        return training;
    }

    /** Calls a shift off: first no place is given any more, then the shift announces it. */
    public Shift cancel(String shiftId) {
        Shift shift = get(shiftId);
        access.requireManage(shift.campaignId());
        seats.close(shiftId);
        shift.cancel(access.staffId(), clock.instant());
        return shifts.save(shift);
    }

    public Shift get(String shiftId) {
        return shifts.findById(shiftId).orElseThrow(() -> PlazaProblem.notFound("shift-not-found", "outreach.problem.shift-not-found"));
    }

    /** A campaign's shifts, for its organizers. */
    public List<Shift> ofCampaign(String campaignId) {
        access.requireManage(campaignId);
        return shifts.findByCampaignIdOrderByStartsAtAsc(campaignId);
    }

    private void authorize(String campaignId) {
        access.requireManage(campaignId);
        if (!campaigns.existsById(campaignId)) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("campaignId", "shift.error.campaign.unknown");
        }
    }

    private void checkNoOverlap(ShiftPlan plan, String staffId) {
        String place = Shift.placeKey(plan.community(), plan.address());
        String lead = plan.leadStaffId() == null ? staffId : plan.leadStaffId();
        for (Shift other : shifts.findByStatusAndStartsAtLessThanAndEndsAtGreaterThan(Shift.Status.SCHEDULED,
                plan.endsAt(), plan.startsAt())) {
            if (place.equals(other.placeKey())) {
                throw PlazaProblem.conflict("shift-overlap", "outreach.problem.overlap.place", other.id(),
                        other.titleEs() + " / " + other.titleEn());
            }
            if (lead.equals(other.leadStaffId())) {
                throw PlazaProblem.conflict("shift-overlap", "outreach.problem.overlap.lead", other.id(),
                        other.titleEs() + " / " + other.titleEn());
            }
        }
    }
}
