package org.plaza.outreach.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.plaza.outreach.support.OutreachSettings;
import org.plaza.outreach.support.Times;
import org.plaza.outreach.training.Trainings;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.validation.SingleLine;
import org.plaza.starter.validation.SingleLineCheck;
import org.plaza.starter.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/** The rules of scheduling: what makes an organizer's shift request a plan, or the fields that are wrong. */
@Component
class ShiftRules {

    static final int MAX_TITLE = 140;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_ADDRESS = 200;
    static final int MAX_CAPACITY = 1000;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final Vocabulary vocabulary;
    private final Trainings trainings;
    private final Times times;
    private final OutreachSettings settings;

    ShiftRules(Vocabulary vocabulary, Trainings trainings, Times times, OutreachSettings settings) {
        this.vocabulary = vocabulary;
        this.trainings = trainings;
        this.times = times;
        this.settings = settings;
    }

    /** Collects field errors and, when there are any, throws them as one validation problem. */
    static final class Errors {

        private final PlazaProblem problem = PlazaProblem.badRequest("validation", "plaza.problem.validation");
        private boolean any;

        void add(String field, String key, Object... arguments) {
            problem.withFieldError(field, key, arguments);
            any = true;
        }

        boolean any() {
            return any;
        }

        void throwIfAny() {
            if (any) {
                throw problem;
            }
        }
    }

    /** The plan for a shift request, or a validation problem listing every wrong field. */
    ShiftPlan plan(ShiftRequest request, Instant now) {
        Errors errors = new Errors();
        Activity activity = activity(request.activity(), errors);
        common(request.campaignId(), request.titleEs(), request.titleEn(), request.descriptionEs(), request.descriptionEn(),
                request.community(), request.address(), request.capacity(), request.minimumVolunteers(),
                request.languagesNeeded(), "", errors);
        Instant[] span = span(request.startsAt(), request.endsAt(), "", now, errors);
        if (request.roles() != null && (request.roles().size() > 10
                || request.roles().stream().anyMatch(role -> role == null || !CODE.matcher(role).matches()))) {
            errors.add("roles", "shift.error.roles.invalid");
        }
        String trainingId = blankToNull(request.requiredTrainingId());
        if (trainingId != null && !trainings.existsById(trainingId)) {
            errors.add("requiredTrainingId", "shift.error.training.unknown");
        }
        errors.throwIfAny();
        return new ShiftPlan(request.campaignId(), activity, request.titleEs().strip(), request.titleEn().strip(),
                blankToNull(request.descriptionEs()), blankToNull(request.descriptionEn()), request.community(),
                request.address().strip(), span[0], span[1], times.zone().getId(), request.capacity(),
                Optional.ofNullable(request.minimumVolunteers()).orElse(0), distinct(request.languagesNeeded()),
                distinct(request.roles()), trainingId, blankToNull(request.leadStaffId()));
    }

    /** The plans of a training series' sessions, in order, or a validation problem. */
    List<ShiftPlan> plan(TrainingRequest request, Instant now) {
        Errors errors = new Errors();
        common(request.campaignId(), request.titleEs(), request.titleEn(), request.descriptionEs(), request.descriptionEn(),
                request.community(), request.address(), request.capacity(), request.minimumVolunteers(),
                request.languagesNeeded(), "", errors);
        List<TrainingRequest.Session> sessions = request.sessions() == null ? List.of() : request.sessions();
        if (sessions.isEmpty() || sessions.size() > 20) {
            errors.add("sessions", "shift.error.sessions.count");
        }
        Instant previousEnd = null;
        Instant[][] spans = new Instant[sessions.size()][];
        for (int i = 0; i < sessions.size(); i++) {
            TrainingRequest.Session session = sessions.get(i);
            spans[i] = session == null ? new Instant[2]
                    : span(session.startsAt(), session.endsAt(), "sessions[" + i + "].", now, errors);
            if (spans[i][0] != null && previousEnd != null && spans[i][0].isBefore(previousEnd)) {
                errors.add("sessions[" + i + "].startsAt", "shift.error.sessions.order");
            }
            previousEnd = spans[i][1] == null ? previousEnd : spans[i][1];
        }
        errors.throwIfAny();
        return IntStream.range(0, sessions.size())
                .mapToObj(i -> new ShiftPlan(request.campaignId(), Activity.TRAINING_SESSION, request.titleEs().strip(),
                        request.titleEn().strip(), blankToNull(request.descriptionEs()), blankToNull(request.descriptionEn()),
                        request.community(), request.address().strip(), spans[i][0], spans[i][1], times.zone().getId(),
                        request.capacity(), Optional.ofNullable(request.minimumVolunteers()).orElse(0),
                        distinct(request.languagesNeeded()), List.of(), null, blankToNull(request.leadStaffId())))
                .toList();
    }

    private static Activity activity(String value, Errors errors) {
        Optional<Activity> activity = Arrays.stream(Activity.values()).filter(a -> a.name().equals(value)).findFirst();
        if (activity.isEmpty()) {
            errors.add("activity", "shift.error.activity.invalid");
        }
        return activity.orElse(null);
    }

    private void common(String campaignId, String titleEs, String titleEn, String descriptionEs, String descriptionEn,
            String community, String address, Integer capacity, Integer minimum, List<String> languages, String prefix,
            Errors errors) {
        if (blank(campaignId)) {
            errors.add(prefix + "campaignId", "shift.error.campaign.missing");
        }
        text(titleEs, MAX_TITLE, prefix + "titleEs", "shift.error.title-es.missing", errors);
        text(titleEn, MAX_TITLE, prefix + "titleEn", "shift.error.title-en.missing", errors);
        if (descriptionEs != null && descriptionEs.length() > MAX_DESCRIPTION) {
            errors.add(prefix + "descriptionEs", "shift.error.text.long", MAX_DESCRIPTION);
        }
        if (descriptionEn != null && descriptionEn.length() > MAX_DESCRIPTION) {
            errors.add(prefix + "descriptionEn", "shift.error.text.long", MAX_DESCRIPTION);
        }
        if (blank(community)) {
            errors.add(prefix + "community", "shift.error.community.missing");
        } else if (!vocabulary.isCommunity(community)) {
            errors.add(prefix + "community", "shift.error.community.unknown");
        }
        text(address, MAX_ADDRESS, prefix + "address", "shift.error.address.missing", errors);
        if (capacity == null) {
            errors.add(prefix + "capacity", "shift.error.capacity.missing");
        } else if (capacity <= 0) {
            errors.add(prefix + "capacity", "shift.error.capacity.positive");
        } else if (capacity > MAX_CAPACITY) {
            errors.add(prefix + "capacity", "shift.error.capacity.large", MAX_CAPACITY);
        }
        if (minimum != null && minimum < 0) {
            errors.add(prefix + "minimumVolunteers", "shift.error.minimum.negative");
        } else if (minimum != null && capacity != null && capacity > 0 && minimum > capacity) {
            errors.add(prefix + "minimumVolunteers", "shift.error.minimum.above-capacity");
        }
        if (languages != null && languages.stream().anyMatch(l -> !vocabulary.isSiteLanguage(l))) {
            errors.add(prefix + "languagesNeeded", "shift.error.languages.invalid");
        }
    }

    private Instant[] span(LocalDateTime startsAt, LocalDateTime endsAt, String prefix, Instant now, Errors errors) {
        Instant start = null;
        Instant end = null;
        if (startsAt == null) {
            errors.add(prefix + "startsAt", "shift.error.starts-at.missing");
        } else {
            start = times.instantOf(startsAt).orElse(null);
            if (start == null) {
                errors.add(prefix + "startsAt", "shift.error.time.nonexistent");
            } else if (!start.isAfter(now)) {
                errors.add(prefix + "startsAt", "shift.error.starts-at.past");
            }
        }
        if (endsAt == null) {
            errors.add(prefix + "endsAt", "shift.error.ends-at.missing");
        } else {
            end = times.instantOf(endsAt).orElse(null);
            if (end == null) {
                errors.add(prefix + "endsAt", "shift.error.time.nonexistent");
            } else if (start != null && !end.isAfter(start)) {
                errors.add(prefix + "endsAt", "shift.error.ends-at.before-start");
            } else if (start != null && Duration.between(start, end).compareTo(settings.maxShiftLength()) > 0) {
                errors.add(prefix + "endsAt", "shift.error.ends-at.too-long", settings.maxShiftLength().toHours());
            }
        }
        return new Instant[] { start, end };
    }

    /** A required one-line text (a title, an address): present, not too long, no line break (the starter's rule). */
    private static void text(String value, int max, String field, String missingKey, Errors errors) {
        if (blank(value)) {
            errors.add(field, missingKey);
        } else if (value.strip().length() > max) {
            errors.add(field, "shift.error.text.long", max);
        } else if (SingleLineCheck.breaks(value.strip())) {
            errors.add(field, SingleLine.MESSAGE_KEY);
        }
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }
}
