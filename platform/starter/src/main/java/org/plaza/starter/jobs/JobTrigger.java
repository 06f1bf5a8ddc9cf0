package org.plaza.starter.jobs;

import java.time.Duration;

/**
 * Asks for a run of a job now, instead of waiting for its interval, or for a job that only runs when asked
 * ({@link PlazaJob#whenTriggered}). A service keeps one as a field, fires it when work arrives, and hands it to its
 * job bean ({@link PlazaJob#triggeredBy}). Firing is cheap and never blocks: the run starts on the runner's thread
 * at once if the job is idle, right after the run under way otherwise, and fires that arrive meanwhile make one
 * run, not many. Fired before the runner has started, the job runs as soon as it starts; fired after it has
 * stopped, or for a job disabled by property, nothing runs.
 */
public final class JobTrigger {

    /** What the runner does with a fire: schedule a triggered run of the job after a delay. */
    interface Target {
        void fire(Duration delay);
    }

    private Target target;
    private boolean firedEarly;
    private boolean stopped;

    /** Runs the job as soon as possible. */
    public void fire() {
        fireIn(Duration.ZERO);
    }

    /**
     * Runs the job after {@code delay} (or sooner, if it is fired meanwhile); a later fire never delays a run
     * already asked for.
     */
    public void fireIn(Duration delay) {
        Target current;
        synchronized (this) {
            current = target;
            if (current == null) {
                firedEarly = !stopped;
                return;
            }
        }
        current.fire(delay);
    }

    /** Connects the trigger to its job; true if it was fired before, so the job should run at once. */
    synchronized boolean bind(Target runner) {
        if (target != null) {
            throw new IllegalStateException("A trigger serves one job");
        }
        target = runner;
        stopped = false;
        boolean early = firedEarly;
        firedEarly = false;
        return early;
    }

    synchronized void unbind() {
        target = null;
        stopped = true;
    }
}
