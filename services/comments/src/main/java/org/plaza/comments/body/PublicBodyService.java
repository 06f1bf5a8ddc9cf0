package org.plaza.comments.body;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.plaza.starter.id.Ids;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.stereotype.Service;

/** Keeps the list of public bodies. */
@Service
public class PublicBodyService {

    private final PublicBodies bodies;
    private final Clock clock;

    PublicBodyService(PublicBodies bodies, Clock clock) {
        this.bodies = bodies;
        this.clock = clock;
    }

    public PublicBody get(String id) {
        return bodies.findById(id)
                .orElseThrow(() -> PlazaProblem.notFound("public-body-not-found", "comments.problem.body-not-found"));
    }

    public List<PublicBody> all() {
        return bodies.findAllByOrderByNameAsc();
    }

    PublicBody create(PublicBodyRequest request) {
        PublicBody body = PublicBody.create(Ids.next("body", clock.instant()), rules(request), clock.instant());
        return bodies.save(body);
    }

    PublicBody update(String id, PublicBodyRequest request) {
        PublicBody body = get(id);
        body.apply(rules(request), clock.instant());
        return bodies.save(body);
    }

    private static PublicBodyRules rules(PublicBodyRequest request) {
        String zone = request.timeZone().strip();
        try {
            ZoneId.of(zone);
        } catch (RuntimeException unknown) {
            throw PlazaProblem.badRequest("validation", "plaza.problem.validation")
                    .withFieldError("timeZone", "comments.body.time-zone.unknown");
        }
        return new PublicBodyRules(request.name().strip(), request.kind(), request.clerkEmail().strip(),
                lower(request.clerkLanguage(), "en"), zone, lower(request.meetingLanguage(), "en"),
                Duration.ofHours(request.deadlineHoursBeforeMeeting()), request.commentLengthLimit());
    }

    private static String lower(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip().toLowerCase(Locale.ROOT);
    }
}
