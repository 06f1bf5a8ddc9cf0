package org.plaza.comments.body;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.plaza.starter.id.Ids;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Keeps the list of public bodies. Any organizer adds one and owns it; only its owner and administrators change
 * it (see {@link PublicBody}), and each change is written together with its record in one replacement that
 * succeeds only if nobody changed the body since it was read, so no change goes unrecorded.
 */
@Service
public class PublicBodyService {

    private static final int CHANGE_ATTEMPTS = 3;

    private final PublicBodies bodies;
    private final MongoTemplate mongo;
    private final Clock clock;

    PublicBodyService(PublicBodies bodies, MongoTemplate mongo, Clock clock) {
        this.bodies = bodies;
        this.mongo = mongo;
        this.clock = clock;
    }

    public PublicBody get(String id) {
        return bodies.findById(id)
                .orElseThrow(() -> PlazaProblem.notFound("public-body-not-found", "comments.problem.body-not-found"));
    }

    public List<PublicBody> all() {
        return bodies.findAllByOrderByNameAsc();
    }

    /** A body the signed-in staff member may change; refused (403 public-body-forbidden) otherwise. */
    PublicBody changeable(String id) {
        PublicBody body = get(id);
        if (!body.changeableBy(StaffMember.current())) {
            throw new PlazaProblem(HttpStatus.FORBIDDEN, "public-body-forbidden", "comments.problem.body-forbidden");
        }
        return body;
    }

    PublicBody create(PublicBodyRequest request) {
        Instant now = clock.instant();
        PublicBody body = PublicBody.create(Ids.next("body", now), rules(request), StaffMember.current().id(), now);
        return bodies.save(body);
    }

    PublicBody update(String id, PublicBodyRequest request) {
        PublicBodyRules rules = rules(request);
        String staffId = StaffMember.current().id();
        for (int attempt = 1;; attempt++) {
            PublicBody body = changeable(id);
            Instant readVersion = body.updatedAt();
            body.change(rules, staffId, clock.instant());
            Query unchangedSinceRead = Query.query(Criteria.where("_id").is(id).and("updatedAt").is(readVersion));
            if (mongo.findAndReplace(unchangedSinceRead, body) != null) {
                return body;
            }
            if (attempt == CHANGE_ATTEMPTS) {
                throw PlazaProblem.conflict("public-body-changed", "comments.problem.body-changed");
            }
        }
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
