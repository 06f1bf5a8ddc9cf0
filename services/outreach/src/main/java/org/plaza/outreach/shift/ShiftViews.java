package org.plaza.outreach.shift;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plaza.outreach.support.Communities;
import org.plaza.outreach.support.Times;
import org.plaza.outreach.training.TrainingSeries;
import org.plaza.outreach.training.Trainings;
import org.springframework.stereotype.Component;

/** Turns shifts into views for a language, with their places as the ledger has them now. */
@Component
public class ShiftViews {

    private final Seats seats;
    private final Trainings trainings;
    private final Communities communities;
    private final Times times;
    private final Shifts shifts;
    private final Clock clock;

    ShiftViews(Seats seats, Trainings trainings, Communities communities, Times times, Shifts shifts, Clock clock) {
        this.seats = seats;
        this.trainings = trainings;
        this.communities = communities;
        this.times = times;
        this.shifts = shifts;
        this.clock = clock;
    }

    public ShiftView view(Shift shift, Locale locale) {
        Optional<Seats.Ledger> ledger = seats.ledger(shift.id());
        int openSpots = ledger.map(Seats.Ledger::openSpots).orElse(shift.capacity());
        int waiting = ledger.map(l -> l.waitlist().size()).orElse(0);
        String trainingTitle = Optional.ofNullable(shift.requiredTrainingId()).flatMap(trainings::findById)
                .map(t -> t.title(locale)).orElse(null);
        String session = Optional.ofNullable(shift.trainingId()).flatMap(trainings::findById)
                .filter(t -> t.sessions() > 1).map(t -> shift.sessionNumber() + " / " + t.sessions()).orElse(null);
        return new ShiftView(shift.id(), shift.campaignId(), shift.activity().name(), shift.title(locale),
                shift.description(locale), shift.community(), communities.name(shift.community(), locale), shift.address(),
                times.span(shift.startsAt(), shift.endsAt(), locale), shift.startsAt(), shift.endsAt(), shift.capacity(),
                openSpots, waiting, shift.minimumVolunteers(), shift.languagesNeeded(), shift.roles(),
                shift.requiredTrainingId(), trainingTitle, shift.trainingId(), session, shift.status().name(),
                shift.isOpenFor(clock.instant()));
    }

    /** Upcoming shifts open to sign-ups, soonest first, optionally of one campaign and one community. */
    public List<ShiftView> upcoming(String campaignId, String community, Locale locale) {
        return shifts.findByStatusAndStartsAtAfterOrderByStartsAtAsc(Shift.Status.SCHEDULED, clock.instant()).stream()
                .filter(s -> campaignId == null || campaignId.isBlank() || campaignId.equals(s.campaignId()))
                .filter(s -> community == null || community.isBlank() || community.equals(s.community()))
                .map(s -> view(s, locale))
                .toList();
    }

    /** The training's title in the reader's language, if it exists. */
    public Optional<String> trainingTitle(String trainingId, Locale locale) {
        return Optional.ofNullable(trainingId).flatMap(trainings::findById).map(t -> t.title(locale));
    }

    public Optional<TrainingSeries> training(String trainingId) {
        return Optional.ofNullable(trainingId).flatMap(trainings::findById);
    }
}
