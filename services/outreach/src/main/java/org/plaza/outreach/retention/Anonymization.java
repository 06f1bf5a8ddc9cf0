package org.plaza.outreach.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.support.OutreachSettings;
import org.plaza.outreach.volunteer.Enrolments;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.VolunteerService;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Erases the contact details of volunteers inactive for {@code plaza.outreach.retention.anonymize-after}. A
 * volunteer's last activity is the later of what their document records (registration, a confirmed sign-up, a
 * renewed link) and the end of the last shift they signed up for; a volunteer who turns out to be active still
 * has the later time recorded, so they are not looked at again before it is due. Also deletes sign-ups whose
 * confirmation link expired. Running it again changes nothing.
 */
@Component
public class Anonymization {

    private static final Logger log = LoggerFactory.getLogger(Anonymization.class);

    private final MongoTemplate mongo;
    private final Enrolments enrolments;
    private final VolunteerService volunteers;
    private final OutreachSettings.Retention settings;
    private final MeterRegistry meters;
    private final Clock clock;

    Anonymization(MongoTemplate mongo, Enrolments enrolments, VolunteerService volunteers, OutreachSettings settings,
            MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.enrolments = enrolments;
        this.volunteers = volunteers;
        this.settings = settings.retention();
        this.meters = meters;
        this.clock = clock;
    }

    /** Anonymization as the job {@code outreach.anonymization}: every {@code retention.check-interval}, the first one interval after start. */
    @Bean
    static PlazaJob anonymizationJob(Anonymization anonymization,
            @Value("${plaza.outreach.retention.check-interval:1h}") Duration interval) {
        return PlazaJob.every("outreach.anonymization", interval, anonymization::anonymizeDue);
    }

    void anonymizeDue() {
        anonymizeDue(clock.instant());
    }

    /** Anonymizes every volunteer due at {@code now}; returns how many it anonymized. */
    public long anonymizeDue(Instant now) {
        long expired = enrolments.deleteByExpiresAtBefore(now);
        Instant inactiveSince = now.minus(settings.anonymizeAfter());
        Query due = Query.query(Criteria.where("anonymizedAt").is(null).orOperator(
                Criteria.where("lastActiveAt").lt(inactiveSince),
                Criteria.where("lastActiveAt").is(null).and("registeredAt").lt(inactiveSince)));
        long anonymized = 0;
        for (Volunteer volunteer : mongo.find(due, Volunteer.class)) {
            Instant lastShift = lastShiftEnd(volunteer.id());
            if (lastShift != null && lastShift.isAfter(inactiveSince)) {
                volunteers.recordActivity(volunteer.id(), lastShift);
                continue;
            }
            volunteers.anonymize(volunteer.id(), now);
            anonymized++;
        }
        meters.counter("plaza.outreach.volunteers.anonymized").increment(anonymized);
        if (anonymized > 0 || expired > 0) {
            log.info("Anonymized {} volunteer(s) inactive since {}; forgot {} expired unconfirmed sign-up(s)", anonymized,
                    inactiveSince, expired);
        }
        return anonymized;
    }

    private Instant lastShiftEnd(String volunteerId) {
        List<Signup> last = mongo.find(Query.query(Criteria.where("volunteerId").is(volunteerId))
                .with(Sort.by(Sort.Direction.DESC, "shiftEndsAt")).limit(1), Signup.class);
        return last.isEmpty() ? null : last.get(0).shiftEndsAt();
    }
}
