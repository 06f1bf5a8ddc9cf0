package org.plaza.devstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plaza.devstack.process.PidFile;
import org.plaza.devstack.process.Signals;

/**
 * {@code ./plaza down}: asks the launcher to stop (it stops its children in order) and waits; then
 * stops, in the same order, whatever the pid file still lists as alive, e.g. after the launcher was killed.
 */
final class DownCommand {

    /** Longer than the launcher's own worst case: services, then Kafka, MongoDB and mail, each with its timeout. */
    private static final Duration LAUNCHER_TIMEOUT = Duration.ofSeconds(200);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Settings settings;
    private final Console console;

    DownCommand(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    int run() throws InterruptedException {
        PidFile pidFile = new PidFile(settings.pidFile());
        List<PidFile.Entry> alive = alive(pidFile.read());
        if (alive.isEmpty()) {
            console.say("Plaza is not running (data in " + settings.dataDir() + ").");
            pidFile.delete();
            return 0;
        }
        Optional<ProcessHandle> launcher = alive.stream()
                .filter(entry -> entry.name().equals(PidFile.LAUNCHER))
                .findFirst()
                .flatMap(PidFile.Entry::process);
        List<PidFile.Entry> children = alive.stream()
                .filter(entry -> !entry.name().equals(PidFile.LAUNCHER))
                .sorted((a, b) -> Stack.stopOrder().compare(a.name(), b.name()))
                .toList();
        if (launcher.isPresent()) {
            console.say("Stopping Plaza (launcher pid " + launcher.get().pid() + ")...");
            launcher.get().destroy();
            watch(launcher.get(), children);
        }
        for (PidFile.Entry leftover : alive(children)) {
            leftover.process().ifPresent(process -> {
                boolean graceful = Signals.stop(process, timeoutFor(leftover.name()));
                console.component(leftover.name(), (graceful ? "stopped" : "killed") + " (pid " + leftover.pid() + ")");
            });
        }
        pidFile.delete();
        console.say("Plaza stopped.");
        return 0;
    }

    /** Reports each child as it goes away, until the launcher has exited or the timeout passes. */
    private void watch(ProcessHandle launcher, List<PidFile.Entry> children) throws InterruptedException {
        List<PidFile.Entry> pending = new ArrayList<>(children);
        long deadline = System.nanoTime() + LAUNCHER_TIMEOUT.toNanos();
        while (launcher.isAlive() && System.nanoTime() < deadline) {
            reportGone(pending);
            Thread.sleep(POLL.toMillis());
        }
        reportGone(pending);
        if (launcher.isAlive()) {
            console.say("The launcher did not stop within " + LAUNCHER_TIMEOUT.toSeconds() + " s; killing it.");
            launcher.destroyForcibly();
        }
    }

    private void reportGone(List<PidFile.Entry> pending) {
        pending.removeIf(entry -> {
            boolean gone = entry.process().isEmpty();
            if (gone) {
                console.component(entry.name(), "stopped (pid " + entry.pid() + ")");
            }
            return gone;
        });
    }

    private static List<PidFile.Entry> alive(List<PidFile.Entry> entries) {
        return entries.stream().filter(entry -> entry.process().isPresent()).toList();
    }

    private static Duration timeoutFor(String name) {
        return name.equals("kafka") ? Duration.ofSeconds(60) : Duration.ofSeconds(30);
    }
}
