package org.plaza.starter.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.plaza.events.supporters.SupporterErased;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.messaging.EventHandlers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * A service's retention and erasure of personal data over its declared {@link PersonalDataHolder}s:
 * <ul>
 * <li>{@link #anonymizeDue(Instant)}: every holder's documents whose retention period has passed, as the job
 * {@value #JOB} (hourly, the first a minute after start; {@code plaza.jobs.personal-data-retention.*} changes
 * that). A holder that fails does not stop the others; the first failure is thrown afterwards, so the job runner
 * backs off.</li>
 * <li>{@link #erase(String, Instant)}: everything of one supporter at once, first the service's
 * {@link ErasureStep}s, then every holder. It handles {@code SupporterErased} from {@code plaza.supporters}
 * (offered as {@link EventHandlers.Routes}; the starter binds it as {@code supporterEvents} with the consumer name
 * {@value #CONSUMER}, so a redelivered erasure is skipped, and running it again changes nothing anyway).</li>
 * </ul>
 * Counted as {@code plaza.retention.anonymized{holder, cause=schedule|erasure}}.
 */
public class PersonalDataRetention implements EventHandlers.Routes {

    /** The job's name. */
    public static final String JOB = "personal-data-retention";
    /** The name of the consumer of {@code plaza.supporters}, which keys its memory of handled erasures. */
    public static final String CONSUMER = "supporter-erasure";

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final MongoTemplate mongo;
    private final List<PersonalDataHolder> holders;
    private final List<ErasureStep> steps;
    private final MeterRegistry meters;
    private final Clock clock;

    public PersonalDataRetention(MongoTemplate mongo, List<PersonalDataHolder> holders, List<ErasureStep> steps,
            MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.holders = List.copyOf(holders);
        this.steps = List.copyOf(steps);
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void addTo(EventHandlers.Builder consumer) {
        consumer.on(SupporterErased.class, this::erased);
    }

    /** Honours a resident's erasure. */
    public void erased(SupporterErased event) {
        if (event.supporterId() == null || event.supporterId().isBlank()) {
            log.warn("Erasure {} names no supporter; nothing to erase", event.erasureId());
            return;
        }
        erase(event.supporterId(), clock.instant());
    }

    /** Erases everything this service keeps about the supporter; returns how many documents changed. */
    public long erase(String supporterId, Instant at) {
        for (ErasureStep step : steps) {
            step.erase(supporterId, at);
        }
        long total = 0;
        for (PersonalDataHolder holder : holders) {
            long changed = holder.erase(mongo, supporterId, at);
            count(holder, "erasure", changed);
            total += changed;
        }
        log.info("Erased supporter {}: {} document(s) anonymized or deleted", supporterId, total);
        return total;
    }

    /** Anonymizes what is due by the clock (the job's run). */
    public void anonymizeDueNow() {
        anonymizeDue(clock.instant());
    }

    /** Anonymizes every holder's documents due at {@code now}; returns how many documents changed. */
    public long anonymizeDue(Instant now) {
        long total = 0;
        RuntimeException failure = null;
        for (PersonalDataHolder holder : holders) {
            if (!holder.scheduled()) {
                continue;
            }
            try {
                long changed = holder.anonymizeDue(mongo, now);
                count(holder, "schedule", changed);
                if (changed > 0) {
                    log.info("Anonymized {} document(s) of {} past their retention period", changed, holder.collection());
                }
                total += changed;
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return total;
    }

    /** The scheduled anonymization as a job for the service's {@code JobRunner}. */
    public PlazaJob job() {
        return PlazaJob.every(JOB, Duration.ofHours(1), this::anonymizeDueNow).startingAfter(Duration.ofMinutes(1));
    }

    public List<PersonalDataHolder> holders() {
        return holders;
    }

    private void count(PersonalDataHolder holder, String cause, long changed) {
        meters.counter("plaza.retention.anonymized", "holder", holder.collection(), "cause", cause).increment(changed);
    }
}
