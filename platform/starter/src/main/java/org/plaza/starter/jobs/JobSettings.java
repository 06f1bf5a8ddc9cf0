package org.plaza.starter.jobs;

import java.time.Duration;

/**
 * What properties {@code plaza.jobs.<name>.*} say about one job; a null leaves the job's own choice.
 *
 * @param enabled      false to never run the job on this instance
 * @param interval     overrides {@link PlazaJob#interval()}
 * @param initialDelay overrides {@link PlazaJob#initialDelay()}
 */
public record JobSettings(Boolean enabled, Duration interval, Duration initialDelay) {

    static final JobSettings NONE = new JobSettings(null, null, null);

    PlazaJob applyTo(PlazaJob job) {
        return new PlazaJob(job.name(), interval != null ? interval : job.interval(),
                initialDelay != null ? initialDelay : job.initialDelay(), job.task(), job.trigger(),
                job.triggeredTask(), job.ownThread());
    }

    boolean disabled() {
        return Boolean.FALSE.equals(enabled);
    }
}
