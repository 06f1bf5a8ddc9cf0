package org.plaza.starter.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
 * its run has ended, and a triggered run waits for the run under way, so a job never runs twice at once on one
 * instance. Jobs share a small pool of threads, except those that asked for a thread of their own.
 * <p>
 * After a failed scheduled run the job waits its interval doubled per failure in a row, up to {@code maxBackoff}
 * (never less than its interval); a job that only runs when triggered runs again at the next trigger. The first
 * failure of a streak is logged with its stack trace, the following ones only at debug, and the first success after
 * a streak says how many runs failed. Metrics, tagged {@code job}: {@code plaza.jobs.runs{outcome=ok|failed}}, the
 * timer {@code plaza.jobs.duration} and the gauge {@code plaza.jobs.last.success}, the seconds since the last
 * successful run (NaN before the first).
 */
public final class JobRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final String POOL = "plaza-job";

    private final Map<String, JobState> jobs = new LinkedHashMap<>();
    private final JobScheduler.Factory schedulers;
    private final int threads;
    private final Duration maxBackoff;
    private final Duration grace;
    private final Clock clock;
    private final MeterRegistry meters;
    private final List<JobScheduler> started = new ArrayList<>();

    JobRunner(List<PlazaJob> declared, Function<String, JobSettings> settings, Duration maxBackoff, Duration grace,
            JobScheduler.Factory schedulers, int threads, Clock clock, MeterRegistry meters) {
        this.schedulers = schedulers;
        this.threads = threads;
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
        if (!started.isEmpty()) {
            return;
        }
        JobScheduler pool = schedulers.create(POOL, threads);
        started.add(pool);
        for (JobState job : jobs.values()) {
            JobScheduler scheduler = pool;
            if (job.job.ownThread()) {
                scheduler = schedulers.create(POOL + "-" + job.job.name(), 1);
                started.add(scheduler);
            }
            job.start(scheduler);
        }
    }

    @Override
    public void stop() {
        List<JobScheduler> stopping;
        synchronized (this) {
            stopping = new ArrayList<>(started);
            started.clear();
            jobs.values().forEach(JobState::stop);
        }
        stopping.forEach(scheduler -> scheduler.shutdown(grace));
    }

    @Override
    public synchronized boolean isRunning() {
        return !started.isEmpty();
    }

    /**
     * One job's schedule, triggers, failure streak and meters. The flags are guarded by the runner's lock; the runs
     * themselves never overlap, so the failure streak needs no lock of its own.
     */
    private final class JobState implements JobTrigger.Target {

        private final PlazaJob job;
        private final Counter ok;
        private final Counter failed;
        private final Timer duration;
        private volatile Instant lastSuccess;
        private JobScheduler scheduler;
        private boolean running;
        private boolean scheduledRunWaits;
        private boolean triggeredRunWaits;
        private JobScheduler.Scheduled next;
        private JobScheduler.Scheduled triggered;
        private Instant triggeredAt;
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

        void start(JobScheduler on) {
            scheduler = on;
            if (job.scheduled()) {
                next = scheduler.schedule(this::runScheduled, job.initialDelay());
            }
            if (job.trigger() != null && job.trigger().bind(this)) {
                fire(Duration.ZERO);
            }
        }

        void stop() {
            if (job.trigger() != null) {
                job.trigger().unbind();
            }
            scheduler = null;
            scheduledRunWaits = false;
            triggeredRunWaits = false;
            if (next != null) {
                next.cancel();
                next = null;
            }
            if (triggered != null) {
                triggered.cancel();
                triggered = null;
            }
        }

        @Override
        public void fire(Duration delay) {
            synchronized (JobRunner.this) {
                if (scheduler == null) {
                    return;
                }
                if (running && delay.isZero()) {
                    triggeredRunWaits = true;
                    return;
                }
                Instant due = clock.instant().plus(delay);
                if (triggered != null) {
                    if (!triggeredAt.isAfter(due)) {
                        return;
                    }
                    triggered.cancel();
                }
                triggeredAt = due;
                triggered = scheduler.schedule(this::runTriggered, delay);
            }
        }

        /**
         * Marks the job running; if a run is under way, remembers instead that this one waits for it. True when the
         * run may go ahead.
         */
        private boolean begin(boolean scheduledRun) {
            synchronized (JobRunner.this) {
                if (scheduledRun) {
                    next = null;
                } else {
                    triggered = null;
                }
                if (scheduler == null) {
                    return false;
                }
                if (running) {
                    scheduledRunWaits |= scheduledRun;
                    triggeredRunWaits |= !scheduledRun;
                    return false;
                }
                running = true;
                return true;
            }
        }

        private void runScheduled() {
            if (!begin(true)) {
                return;
            }
            Duration delay = runOnce(job.task(), true);
            synchronized (JobRunner.this) {
                running = false;
                scheduledRunWaits = false;
                if (scheduler != null) {
                    next = scheduler.schedule(this::runScheduled, delay);
                }
                afterRun();
            }
        }

        private void runTriggered() {
            if (!begin(false)) {
                return;
            }
            runOnce(job.triggeredTask(), false);
            synchronized (JobRunner.this) {
                running = false;
                if (scheduledRunWaits && scheduler != null) {
                    scheduledRunWaits = false;
                    next = scheduler.schedule(this::runScheduled, Duration.ZERO);
                }
                afterRun();
            }
        }

        /** Starts what asked to run while the run that just ended was under way. */
        private void afterRun() {
            if (triggeredRunWaits) {
                triggeredRunWaits = false;
                fire(Duration.ZERO);
            }
        }

        /** Runs a task once, measures it and returns when a scheduled run should come next. */
        private Duration runOnce(PlazaJob.Task task, boolean scheduledRun) {
            Instant start = clock.instant();
            try {
                task.run();
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
                Duration delay = scheduledRun ? backoff() : job.interval();
                String retry = delay == null ? "when triggered again" : "in " + delay;
                if (failures == 1) {
                    log.warn("Job {} failed, will try again {} (and later while it keeps failing): {}", job.name(),
                            retry, e.toString(), e);
                } else {
                    log.debug("Job {} failed again ({} in a row), will try again {}: {}", job.name(), failures,
                            retry, e.toString());
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
