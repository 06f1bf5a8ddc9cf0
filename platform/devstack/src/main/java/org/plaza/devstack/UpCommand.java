package org.plaza.devstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.plaza.devstack.process.Component;
import org.plaza.devstack.process.LogFiles;
import org.plaza.devstack.process.PidFile;
import org.plaza.devstack.process.Ports;
import org.plaza.devstack.process.ProcessStats;

/**
 * {@code ./plaza up}: refuses when a stack already runs or a port is taken, starts the infrastructure,
 * then the services, prints where to open everything and keeps running until Ctrl-C or {@code down}.
 */
final class UpCommand {

    static final String UP_LINE = "Plaza is up";

    private final Settings settings;
    private final Console console;

    UpCommand(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    /** Returns an exit code when the stack did not start; blocks until the JVM shuts down otherwise. */
    int run() throws InterruptedException {
        long started = System.nanoTime();
        PidFile pidFile = new PidFile(settings.pidFile());
        if (refusedBecauseRunning(pidFile)) {
            return 2;
        }
        Stack stack = Stack.of(settings);
        if (refusedBecausePortsTaken(stack)) {
            return 2;
        }
        try {
            stack.stageServiceJars();
        } catch (IOException e) {
            console.refuse("Cannot start: " + e.getMessage());
            return 1;
        }
        pidFile.delete();
        pidFile.add(PidFile.LAUNCHER, ProcessHandle.current(), List.of());
        Supervisor supervisor = new Supervisor(console, pidFile, new LogFiles(settings.logsDir()), settings.startTimeout());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            supervisor.stopAll();
            pidFile.delete();
            console.say("Plaza stopped.");
        }, "plaza-shutdown"));

        console.say("Starting Plaza (data in " + settings.dataDir() + ")");
        if (!supervisor.startAll(stack.infrastructure(), stack.infrastructure().size())) {
            return notStarted(supervisor);
        }
        if (stack.services().isEmpty()) {
            console.say("  (no services yet: no services/*/pom.xml in " + settings.repo() + ")");
        } else if (!supervisor.startAll(stack.serviceComponents(), Math.max(2, Runtime.getRuntime().availableProcessors()))) {
            return notStarted(supervisor);
        }
        printSummary(stack, System.nanoTime() - started, pidFile);
        new CountDownLatch(1).await();
        return 0;
    }

    /** A failed start, or a stop (Ctrl-C, ./plaza down) that came while starting: the shutdown hook cleans up. */
    private int notStarted(Supervisor supervisor) {
        if (!supervisor.isStopping()) {
            console.say("Plaza did not start: see the failure above. Logs are in " + settings.logsDir());
        }
        return 1;
    }

    /**
     * The resident memory of every process of the stack, the launcher included, as "N processes, M MB resident"; a
     * process the pids file lists more than once (the launcher, with the mail and SMS sinks in it) counts once.
     */
    static String residentMemory(PidFile pidFile) {
        long[] pids = pidFile.read().stream().mapToLong(PidFile.Entry::pid).distinct().toArray();
        long kilobytes = Arrays.stream(pids).map(pid -> ProcessStats.residentKilobytes(pid).orElse(0)).sum();
        return pids.length + " processes, " + kilobytes / 1024 + " MB resident";
    }

    private boolean refusedBecauseRunning(PidFile pidFile) {
        List<PidFile.Entry> alive = pidFile.read().stream().filter(entry -> entry.process().isPresent()).toList();
        if (alive.isEmpty()) {
            return false;
        }
        alive.stream().filter(entry -> entry.name().equals(PidFile.LAUNCHER)).findFirst().ifPresentOrElse(
                launcher -> console.refuse("Plaza is already running from " + settings.dataDir()
                        + " (launcher pid " + launcher.pid() + ").\n"
                        + "See it with ./plaza status, or stop it with ./plaza down."),
                () -> console.refuse("Processes from an earlier run are still alive: "
                        + String.join(", ", alive.stream().map(e -> e.name() + " (pid " + e.pid() + ")").toList())
                        + ".\nStop them with ./plaza down, then start again."));
        return true;
    }

    private boolean refusedBecausePortsTaken(Stack stack) {
        List<String> taken = new ArrayList<>();
        for (Component component : stack.all()) {
            for (int port : component.ports()) {
                if (!Ports.isFree(port)) {
                    taken.add("  port " + port + " (" + component.name() + ") is in use by "
                            + Ports.owner(port).orElse("another process (try: ss -ltnp 'sport = :" + port + "')"));
                }
            }
        }
        if (taken.isEmpty()) {
            return false;
        }
        console.refuse("Cannot start Plaza: ports are taken.\n" + String.join("\n", taken)
                + "\nStop those processes, or choose other ports (see ./plaza help).");
        return true;
    }

    private void printSummary(Stack stack, long nanos, PidFile pidFile) {
        console.say("");
        console.say(UP_LINE + " in " + Console.seconds(nanos) + "; " + residentMemory(pidFile) + ".");
        console.say("  Mail viewer   " + stack.mail().viewerUrl());
        console.say("  SMTP          " + stack.mail().smtpAddress());
        console.say("  SMS viewer    " + stack.sms().viewerUrl() + "   (texts, and replies as a resident)");
        console.say("  Kafka         " + stack.kafka().bootstrapServers());
        console.say("  MongoDB       " + stack.mongo().uriFor("<service>"));
        stack.services().forEach(service ->
                console.say(String.format("  %-13s http://127.0.0.1:%d", service.name(), service.port())));
        console.say("  Logs          ./plaza logs <name>   (files in " + settings.logsDir() + ")");
        stack.gatewayUrl().ifPresent(url -> console.say("\nOpen " + url));
        console.say("\nPress Ctrl-C to stop everything, or run ./plaza down from another terminal.");
    }
}
