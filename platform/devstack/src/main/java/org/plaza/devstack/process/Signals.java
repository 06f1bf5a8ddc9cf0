package org.plaza.devstack.process;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process politely: SIGTERM, then SIGKILL when it has not exited within its timeout. */
public final class Signals {

    private static final Duration AFTER_KILL = Duration.ofSeconds(10);

    private Signals() {
    }

    /** Returns true when the process exited on SIGTERM, false when it needed a SIGKILL. */
    public static boolean stop(ProcessHandle process, Duration timeout) {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        if (awaitExit(process, timeout)) {
            return true;
        }
        process.destroyForcibly();
        awaitExit(process, AFTER_KILL);
        return false;
    }

    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}
