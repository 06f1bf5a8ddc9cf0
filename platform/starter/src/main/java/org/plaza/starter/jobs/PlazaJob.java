package org.plaza.starter.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named periodic job. Declare one as a bean and the {@link JobRunner} runs it: first after
 * {@code initialDelay}, then {@code interval} after each run ends (a fixed delay, so a job never overlaps
 * itself), later after a failure (see {@link JobRunner}). Properties {@code plaza.jobs.<name>.enabled},
 * {@code .interval} and {@code .initial-delay} override what the declaring service chose.
 *
 * @param name         kebab-case, dots allowed (e.g. {@code comments.drive-closing}); also the metrics' tag
 * @param interval     the delay between the end of one run and the start of the next
 * @param initialDelay the delay between the context being ready and the first run
 * @param task         the work; an exception marks the run failed
 */
public record PlazaJob(String name, Duration interval, Duration initialDelay, Task task) {

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
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("Job " + name + " needs a positive interval: " + interval);
        }
        if (initialDelay == null || initialDelay.isNegative()) {
            throw new IllegalArgumentException("Job " + name + " needs an initial delay of zero or more: " + initialDelay);
        }
    }

    /** A job that first runs one interval after start-up, then every interval. */
    public static PlazaJob every(String name, Duration interval, Task task) {
        return new PlazaJob(name, interval, interval, task);
    }

    /** This job, first run {@code delay} after start-up. */
    public PlazaJob startingAfter(Duration delay) {
        return new PlazaJob(name, interval, delay, task);
    }
}
