package org.plaza.starter.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Runs every {@link PlazaJob} of the service. It starts when the context is ready (a {@link SmartLifecycle}) and,
 * on shutdown, starts no more runs and waits briefly for the runs under way. Each job is scheduled again only when
 * its run has ended, so a job never runs twice at once on one instance.
 * <p>
 * After a failed run the job waits its interval doubled per failure in a row, up to {@code maxBackoff} (never less
 * than its interval); the first failure of a streak is logged with its stack trace, the following ones only at
 * debug, and the first success after a streak says how many runs failed. Metrics, tagged {@code job}:
 * {@code plaza.jobs.runs{outcome=ok|failed}}, the timer {@code plaza.jobs.duration} and the gauge
 * {@code plaza.jobs.last.success}, the seconds since the last successful run (NaN before the first).
 */
public final class JobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, JobState> jobs = new LinkedHashMap<>();
    private final Supplier<JobScheduler> schedulers;
    private final Duration maxBackoff;
    private final Duration grace;
    private final Clock clock;
    private final MeterRegistry meters;
    private volatile JobScheduler scheduler;

    JobRunner(List<PlazaJob> declared, Function<String, JobSettings> settings, Duration maxBackoff, Duration grace,
            Supplier<JobScheduler> schedulers, Clock clock, MeterRegistry meters) {
        this.schedulers = schedulers;
        this.maxBackoff = maxBackoff;
        this.grace = grace;
        this.clock = clock;
        this.meters = meters;
        for (PlazaJob job : declared) {
            JobSettings overrides = settings.apply(job.name());
            if (jobs.containsKey(job.name())) {
                throw new IllegalStateException("Two jobs are named " + job.name());
            }
            if (overrides.disabled()) {
                log.info("Job {} is disabled (plaza.jobs.{}.enabled=false)", job.name(), job.name());
                continue;
            }
            jobs.put(job.name(), new JobState(overrides.applyTo(job)));
        }
    }

    /** The names of the jobs this runner runs (the enabled ones). */
    public List<String> jobNames() {
        return new ArrayList<>(jobs.keySet());
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = schedulers.get();
        jobs.values().forEach(job -> job.scheduleIn(job.job.initialDelay()));
    }

    @Override
    public void stop() {
        JobScheduler stopping;
        synchronized (this) {
            stopping = scheduler;
            scheduler = null;
            jobs.values().forEach(JobState::cancel);
        }
        if (stopping != null) {
            stopping.shutdown(grace);
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    /** One job's schedule, failure streak and meters. */
    private final class JobState {

        private final PlazaJob job;
        private final AtomicBoolean running = new AtomicBoolean();
        private final Counter ok;
        private final Counter failed;
        private final Timer duration;
        private volatile Instant lastSuccess;
        private JobScheduler.Scheduled next;
        private int failures;

        JobState(PlazaJob job) {
            this.job = job;
            this.ok = meters.counter("plaza.jobs.runs", "job", job.name(), "outcome", "ok");
            this.failed = meters.counter("plaza.jobs.runs", "job", job.name(), "outcome", "failed");
            this.duration = Timer.builder("plaza.jobs.duration").tag("job", job.name())
                    .description("How long a run of the job took").register(meters);
            Gauge.builder("plaza.jobs.last.success", this, JobState::secondsSinceSuccess).tag("job", job.name())
                    .baseUnit("seconds").description("Seconds since the job last ran successfully")
                    .register(meters);
        }

        private double secondsSinceSuccess() {
            Instant last = lastSuccess;
            return last == null ? Double.NaN : Duration.between(last, clock.instant()).toMillis() / 1000.0;
        }

        void scheduleIn(Duration delay) {
            synchronized (JobRunner.this) {
                if (scheduler != null) {
                    next = scheduler.schedule(this::run, delay);
                }
            }
        }

        void cancel() {
            if (next != null) {
                next.cancel();
                next = null;
            }
        }

        private void run() {
            if (!running.compareAndSet(false, true)) {
                return;
            }
            Duration delay;
            try {
                delay = runOnce();
            } finally {
                running.set(false);
            }
            scheduleIn(delay);
        }

        private Duration runOnce() {
            Instant start = clock.instant();
            try {
                job.task().run();
                Instant end = clock.instant();
                duration.record(Duration.between(start, end));
                ok.increment();
                lastSuccess = end;
                if (failures > 0) {
                    log.info("Job {} succeeded again after {} failed run(s)", job.name(), failures);
                    failures = 0;
                }
                return job.interval();
            } catch (Exception | LinkageError | AssertionError e) {
                duration.record(Duration.between(start, clock.instant()));
                failed.increment();
                failures++;
                Duration delay = backoff();
                if (failures == 1) {
                    log.warn("Job {} failed, will try again in {} (and later while it keeps failing): {}", job.name(),
                            delay, e.toString(), e);
                } else {
                    log.debug("Job {} failed again ({} in a row), will try again in {}: {}", job.name(), failures,
                            delay, e.toString());
                }
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return delay;
            }
        }

        private Duration backoff() {
            Duration cap = maxBackoff.compareTo(job.interval()) > 0 ? maxBackoff : job.interval();
            Duration delay = job.interval();
            for (int i = 0; i < failures && delay.compareTo(cap) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(cap) > 0 ? cap : delay;
        }
    }
}
