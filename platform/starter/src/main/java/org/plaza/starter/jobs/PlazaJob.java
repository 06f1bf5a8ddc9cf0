package org.plaza.starter.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named background job. Declare one as a bean and the {@link JobRunner} runs it: first after
 * {@code initialDelay}, then {@code interval} after each run ends (a fixed delay, so a job never overlaps
 * itself), later after a failure (see {@link JobRunner}). A job can also run when its {@link JobTrigger} fires
 * ({@link #triggeredBy}), or only then ({@link #whenTriggered}); a triggered run never overlaps a scheduled one
 * either. Properties {@code plaza.jobs.<name>.enabled}, {@code .interval} and {@code .initial-delay} override
 * what the declaring service chose.
 *
 * @param name          kebab-case, dots allowed (e.g. {@code comments.drive-closing}); also the metrics' tag
 * @param interval      the delay between the end of one run and the start of the next; null for a job that
 *                      runs only when triggered
 * @param initialDelay  the delay between the context being ready and the first run (ignored without interval)
 * @param task          the work of a scheduled run; an exception marks the run failed
 * @param trigger       what asks for a run between the scheduled ones, or null
 * @param triggeredTask the work of a triggered run (often the same as {@code task})
 * @param ownThread     whether the job runs on a thread of its own rather than the runner's shared pool: for
 *                      work that takes long or must answer fast, so other jobs never delay it nor it them
 */
public record PlazaJob(String name, Duration interval, Duration initialDelay, Task task, JobTrigger trigger,
        Task triggeredTask, boolean ownThread) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    /** The work of one run. */
    @FunctionalInterface
    public interface Task {
        void run() throws Exception;
    }

    public PlazaJob {
        Objects.requireNonNull(task, "task");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A job name is kebab-case, dots allowed: " + name);
        }
        if (interval == null && trigger == null) {
            throw new IllegalArgumentException("Job " + name + " needs an interval or a trigger");
        }
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new IllegalArgumentException("Job " + name + " needs a positive interval: " + interval);
        }
        if (initialDelay == null || initialDelay.isNegative()) {
            throw new IllegalArgumentException("Job " + name + " needs an initial delay of zero or more: " + initialDelay);
        }
        if (triggeredTask == null) {
            triggeredTask = task;
        }
    }

    public PlazaJob(String name, Duration interval, Duration initialDelay, Task task) {
        this(name, interval, initialDelay, task, null, null, false);
    }

    /** A job that first runs one interval after start-up, then every interval. */
    public static PlazaJob every(String name, Duration interval, Task task) {
        return new PlazaJob(name, interval, interval, task);
    }

    /** A job that runs only when {@code trigger} fires, e.g. to work off a queue a request fills. */
    public static PlazaJob whenTriggered(String name, JobTrigger trigger, Task task) {
        return new PlazaJob(name, null, Duration.ZERO, task, Objects.requireNonNull(trigger, "trigger"), task, false);
    }

    /** This job, first run {@code delay} after start-up. */
    public PlazaJob startingAfter(Duration delay) {
        return new PlazaJob(name, interval, delay, task, trigger, triggeredTask, ownThread);
    }

    /** This job, also run (the same task) whenever {@code trigger} fires. */
    public PlazaJob triggeredBy(JobTrigger trigger) {
        return triggeredBy(trigger, task);
    }

    /** This job, also run whenever {@code trigger} fires, doing {@code work} on those runs. */
    public PlazaJob triggeredBy(JobTrigger trigger, Task work) {
        return new PlazaJob(name, interval, initialDelay, task, Objects.requireNonNull(trigger, "trigger"),
                Objects.requireNonNull(work, "work"), ownThread);
    }

    /** This job, on a thread of its own (named {@code plaza-job-<name>}). */
    public PlazaJob onItsOwnThread() {
        return new PlazaJob(name, interval, initialDelay, task, trigger, triggeredTask, true);
    }

    /** Whether the job runs on a schedule (and not only when triggered). */
    public boolean scheduled() {
        return interval != null;
    }
}
