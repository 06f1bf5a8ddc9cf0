package org.plaza.gateway.limits;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * A fixed number of places for requests in progress, taken without waiting: when every place is taken, the
 * request is refused at once, so under overload residents get a quick "try again in a moment" instead of a
 * queue tens of seconds deep, and the services behind the gateway work at the rate they can sustain.
 */
public final class Admission {

    private final int places;
    private final Semaphore free;
    private final Duration retryAfter;

    Admission(int places, Duration retryAfter) {
        this.places = places;
        this.free = new Semaphore(Math.max(0, places));
        this.retryAfter = retryAfter;
    }

    /** Takes a place if one is free; the caller must {@link #leave()} once the request is answered. */
    public boolean tryEnter() {
        return free.tryAcquire();
    }

    public void leave() {
        free.release();
    }

    /** Requests in progress now. */
    public int inProgress() {
        return places - free.availablePermits();
    }

    int places() {
        return places;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
