package org.plaza.outreach.staffing;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.ShiftUnderstaffed;
import org.plaza.outreach.shift.Shift;
import org.plaza.outreach.shift.Shifts;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.Signups;
import org.plaza.outreach.support.Mail;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.outreach.support.Times;
import org.plaza.outreach.training.TrainingCompletion;
import org.plaza.outreach.training.TrainingCompletions;
import org.plaza.outreach.volunteer.Availability;
import org.plaza.outreach.volunteer.PersonalLinks;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Invites volunteers to an understaffed shift: those of its community who agreed to be contacted, have an
 * email, speak one of its languages, are usually free at that time of the week, have the training it needs,
 * are not already on it and have no other confirmed shift at the same time. At most
 * {@code plaza.outreach.understaffed.max-invitations} per shift, each volunteer once.
 */
@Service
public class StaffingService {

    private final Shifts shifts;
    private final Volunteers volunteers;
    private final Signups signups;
    private final TrainingCompletions completions;
    private final ShiftInvitations invitations;
    private final PersonalLinks personalLinks;
    private final Times times;
    private final Vocabulary vocabulary;
    private final OutreachSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    StaffingService(Shifts shifts, Volunteers volunteers, Signups signups, TrainingCompletions completions,
            ShiftInvitations invitations, PersonalLinks personalLinks, Times times, Vocabulary vocabulary, OutreachSettings settings,
            Clock clock, MeterRegistry meters) {
        this.shifts = shifts;
        this.volunteers = volunteers;
        this.signups = signups;
        this.completions = completions;
        this.invitations = invitations;
        this.personalLinks = personalLinks;
        this.times = times;
        this.vocabulary = vocabulary;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    /** Invites matching free volunteers; returns how many were invited now. */
    public int understaffed(ShiftUnderstaffed event) {
        Shift shift = shifts.findById(event.shiftId()).orElse(null);
        Instant now = clock.instant();
        if (shift == null || !shift.isOpenFor(now)) {
            return 0;
        }
        List<Volunteer> candidates = matching(shift);
        int room = (int) Math.max(0, settings.understaffed().maxInvitations() - invitations.countByShiftId(shift.id()));
        int invited = 0;
        for (Volunteer volunteer : candidates) {
            if (invited >= room) {
                break;
            }
            try {
                invitations.insert(ShiftInvitation.invite(shift.id(), volunteer.id(), mail(shift, volunteer, now), now));
                invited++;
            } catch (DuplicateKeyException alreadyInvited) {
                meters.counter("plaza.outreach.shift-invitations.duplicates").increment();
            }
        }
        meters.counter("plaza.outreach.shift-invitations").increment(invited);
        return invited;
    }

    /** The volunteers an understaffed shift would invite, in registration order. */
    public List<Volunteer> matching(Shift shift) {
        Availability slot = Availability.of(shift.startsAt().atZone(times.zone()));
        List<Volunteer> local = volunteers.findByCommunityAndContactConsentTrue(shift.community()).stream()
                .filter(Volunteer::reachable)
                .filter(v -> v.speaksAnyOf(shift.languagesNeeded()))
                .filter(v -> v.availability().isEmpty() || v.availability().contains(slot))
                .filter(v -> shift.requiredTrainingId() == null
                        || completions.existsById(TrainingCompletion.idOf(shift.requiredTrainingId(), v.id())))
                .toList();
        if (local.isEmpty()) {
            return List.of();
        }
        Set<String> ids = local.stream().map(Volunteer::id).collect(Collectors.toSet());
        Set<String> busy = signups.findByVolunteerIdInAndStatusAndShiftStartsAtLessThanAndShiftEndsAtGreaterThan(ids,
                Signup.Status.CONFIRMED, shift.endsAt(), shift.startsAt()).stream()
                .map(Signup::volunteerId).collect(Collectors.toSet());
        return local.stream()
                .filter(v -> !busy.contains(v.id()))
                .filter(v -> signups.findByActiveKey(Signup.activeKeyOf(shift.id(), v.id())).isEmpty())
                .sorted(Comparator.comparing(Volunteer::registeredAt))
                .toList();
    }

    private NotificationRequested mail(Shift shift, Volunteer volunteer, Instant now) {
        Locale locale = Locale.forLanguageTag(volunteer.preferredLanguage());
        return volunteer.addressedTo(Mail.request("outreach:" + shift.id() + ":" + volunteer.id() + ":shift-invitation")
                .category(NotificationCategory.INVITATIONS).templateKey("outreach.shift-invitation")
                .locale(volunteer.preferredLanguage()))
                .templateParameters(Map.of("shiftTitle", shift.title(locale),
                        "startsAt", times.span(shift.startsAt(), shift.endsAt(), locale),
                        "place", shift.address() + ", " + vocabulary.communityName(shift.community(), locale),
                        "signupUrl", personalLinks.issue(volunteer).url() + "?shift=" + shift.id()))
                .campaignId(shift.campaignId()).supporterId(volunteer.supporterId())
                .relatedIds(List.of(shift.id(), volunteer.id())).requestedAt(now).build();
    }
}
