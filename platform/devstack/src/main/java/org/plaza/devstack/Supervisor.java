package org.plaza.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.plaza.devstack.process.ChildProcess;
import org.plaza.devstack.process.Component;
import org.plaza.devstack.process.InLauncher;
import org.plaza.devstack.process.InLauncherLog;
import org.plaza.devstack.process.LogFiles;
import org.plaza.devstack.process.PartExits;
import org.plaza.devstack.process.PidFile;
import org.plaza.devstack.process.ProcessStats;
import org.plaza.devstack.process.ReadinessProbe;
import org.plaza.devstack.process.Signals;

/**
 * Starts components, as child processes (output to {@code logs/<name>.log}) or inside this JVM (their logging to
 * the same file), waits until each answers, reports progress, records pids, and stops everything in order:
 * services, Kafka, MongoDB, mail, the SMS sink.
 */
final class Supervisor {

    /**
     * glibc gives each thread that allocates natively an arena of its own, up to eight per core; in a JVM with a
     * hundred threads that is tens of megabytes of resident memory per process for no gain at this load. Two arenas
     * per process, unless the caller's environment says otherwise.
     */
    static final String MALLOC_ARENAS = "MALLOC_ARENA_MAX";

    private static final Duration POLL = Duration.ofMillis(200);
    private static final int TAIL_LINES = 20;

    private final Console console;
    private final PidFile pidFile;
    private final LogFiles logs;
    private final Duration startTimeout;
    private final Map<String, Running> running = new LinkedHashMap<>();
    private final Set<Process> preparing = ConcurrentHashMap.newKeySet();
    private boolean stopping;

    Supervisor(Console console, PidFile pidFile, LogFiles logs, Duration startTimeout) {
        this.console = console;
        this.pidFile = pidFile;
        this.logs = logs;
        this.startTimeout = startTimeout;
    }

    /** Starts the components, at most {@code parallelism} at a time; true when every one is ready. */
    boolean startAll(List<? extends Component> components, int parallelism) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, components.size())));
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            components.forEach(component -> results.add(pool.submit(() -> startReporting(component))));
            boolean allReady = true;
            for (Future<Boolean> result : results) {
                allReady &= result.get();
            }
            return allReady;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            console.say("Unexpected error while starting: " + e);
            return false;
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean startReporting(Component component) {
        try {
            return start(component);
        } catch (IOException | RuntimeException e) {
            return failed(component, e.toString());
        }
    }

    private boolean start(Component component) throws IOException {
        String name = component.name();
        long begun = System.nanoTime();
        console.component(name, "starting...");
        Path log = logs.openForRun(name);
        Optional<Running> started = component instanceof ChildProcess child ? startChild(child, log)
                : startInLauncher((InLauncher) component, log);
        if (started.isEmpty()) {
            return false;
        }
        Running run = started.get();
        try (ReadinessProbe probe = component.readinessProbe()) {
            while (!answers(probe)) {
                if (!run.isAlive()) {
                    return failed(component, "exited with " + run.exit() + " while starting");
                }
                Optional<PartExits.Exit> partFailed = exitedParts(run).stream().findFirst();
                if (partFailed.isPresent()) {
                    return failed(partFailed.get().part(), partFailed.get().reason());
                }
                if (isStopping()) {
                    return false;
                }
                if (System.nanoTime() - begun > startTimeout.toNanos()) {
                    return failed(component, "not ready after " + startTimeout.toSeconds() + " s");
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        console.component(name, "ready in " + Console.seconds(System.nanoTime() - begun) + run.cpuToReady()
                + "   " + component.address());
        run.onExit(() -> reportUnexpectedExit(run));
        if (run.component() instanceof ChildProcess child && !child.parts().isEmpty()) {
            Thread watch = new Thread(() -> watchParts(run), "watch-" + name);
            watch.setDaemon(true);
            watch.start();
        }
        return true;
    }

    /**
     * Reports each part of a ready process that ends on its own (a service of the shared JVM whose context closed)
     * as separate mode reports a service's process that exits: the end of its log, and its line gone from the pids
     * file, so {@code ./plaza status} shows it down. The process and its other parts run on.
     */
    private void watchParts(Running run) {
        while (run.isAlive() && !isStopping()) {
            for (PartExits.Exit exit : exitedParts(run)) {
                if (!isStopping()) {
                    pidFile.remove(exit.part());
                    failed(exit.part(), exit.reason() + "; it stays down until the next ./plaza up (the other services run on)");
                }
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static List<PartExits.Exit> exitedParts(Running run) {
        return run.component() instanceof ChildProcess child ? child.exitedParts() : List.of();
    }

    /** Prepares and launches a child process; empty when it did not start (reported) or the stack is stopping. */
    private Optional<Running> startChild(ChildProcess child, Path log) throws IOException {
        if (!prepared(child, log)) {
            return Optional.empty();
        }
        synchronized (this) {
            if (stopping) {
                return Optional.empty();
            }
            Running run = new ChildRunning(child, launch(child.command(), child, log));
            record(run);
            return Optional.of(run);
        }
    }

    /** Starts a component in this JVM, its logging to its log; empty when it did not start (reported) or stopping. */
    private Optional<Running> startInLauncher(InLauncher component, Path log) {
        InLauncherLog routed = InLauncherLog.route(component.name(), log, component.loggers());
        InLauncher.Running server;
        try {
            server = component.start();
        } catch (Exception e) {
            routed.close();
            failed(component, "did not start: " + e);
            return Optional.empty();
        }
        Running run = new InLauncherRunning(component, server, routed);
        synchronized (this) {
            if (!stopping) {
                record(run);
                return Optional.of(run);
            }
        }
        run.stop();
        return Optional.empty();
    }

    /** Runs the preparation steps of a child process one after the other; false (reported) when one fails. */
    private boolean prepared(ChildProcess component, Path log) throws IOException {
        for (List<String> step : component.preparation()) {
            Process process = launch(step, component, log);
            preparing.add(process);
            try {
                if (!process.waitFor(startTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    return failed(component, "'" + String.join(" ", step) + "' did not finish in time");
                }
                if (process.exitValue() != 0) {
                    return failed(component, "preparation exited with code " + process.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                preparing.remove(process);
            }
        }
        return true;
    }

    /** Holds the lock: remembers a started component and lists it in the pids file. */
    private void record(Running run) {
        running.put(run.name(), run);
        Map<String, List<Integer>> parts = parts(run);
        if (parts.isEmpty()) {
            pidFile.add(run.name(), run.process(), run.component().ports());
        } else {
            parts.forEach((part, ports) -> pidFile.add(part, run.process(), ports));
        }
    }

    /** Drops a component's lines from the pids file: one per part (service) of the shared JVM. */
    private void unrecord(Running run) {
        Map<String, List<Integer>> parts = parts(run);
        if (parts.isEmpty()) {
            pidFile.remove(run.name());
        } else {
            parts.keySet().forEach(pidFile::remove);
        }
    }

    private static Map<String, List<Integer>> parts(Running run) {
        return run.component() instanceof ChildProcess child ? child.parts() : Map.of();
    }

    private static boolean answers(ReadinessProbe probe) {
        try {
            return probe.ready();
        } catch (Exception notYet) {
            return false;
        }
    }

    private Process launch(List<String> command, ChildProcess component, Path log) throws IOException {
        Files.createDirectories(component.workingDirectory());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(component.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putIfAbsent(MALLOC_ARENAS, "2");
        builder.environment().putAll(component.environment());
        return builder.start();
    }

    private boolean failed(Component component, String reason) {
        return failed(component.name(), reason);
    }

    /** Reports a component, or a part of one (a service of the shared JVM), with the end of its log. */
    private boolean failed(String name, String reason) {
        Path log = logs.of(name);
        console.failure(name, reason, log.toString(), LogFiles.tail(log, TAIL_LINES));
        return false;
    }

    private void reportUnexpectedExit(Running run) {
        if (isStopping()) {
            return;
        }
        synchronized (this) {
            running.remove(run.name());
        }
        unrecord(run);
        Map<String, List<Integer>> parts = parts(run);
        failed(run.component(), "exited unexpectedly with " + run.exit()
                + (parts.isEmpty() ? "" : ", and with it " + String.join(", ", parts.keySet())));
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    /** Stops every started component: services together, then Kafka, MongoDB, mail and SMS one after the other. */
    void stopAll() {
        List<Running> toStop;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(running.values());
        }
        preparing.forEach(Process::destroyForcibly);
        List<Running> services = toStop.stream().filter(r -> !Stack.INFRASTRUCTURE.contains(r.name())).toList();
        if (!toStop.isEmpty()) {
            console.say("Stopping Plaza...");
        }
        List<Thread> serviceStops = new ArrayList<>();
        services.forEach(service -> serviceStops.add(new Thread(() -> stop(service), "stop-" + service.name())));
        serviceStops.forEach(Thread::start);
        for (Thread thread : serviceStops) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        toStop.stream()
                .filter(r -> Stack.INFRASTRUCTURE.contains(r.name()))
                .sorted((a, b) -> Stack.stopOrder().compare(a.name(), b.name()))
                .forEach(this::stop);
    }

    private void stop(Running target) {
        long started = System.nanoTime();
        boolean graceful = target.stop();
        String took = Console.seconds(System.nanoTime() - started);
        console.component(target.name(), graceful ? "stopped in " + took
                : "killed after " + took + " (did not stop within " + target.component().stopTimeout().toSeconds() + " s)");
        unrecord(target);
    }

    /** A started component, as a child process or inside the launcher's JVM. */
    private interface Running {

        Component component();

        /** The process it runs in, recorded in the pids file. */
        ProcessHandle process();

        boolean isAlive();

        /** How it ended, such as "code 3". */
        String exit();

        /** The CPU its process used until ready, as " (4.2 s CPU)", when that is its own. */
        String cpuToReady();

        void onExit(Runnable action);

        /** Stops it; false when it had to be killed. */
        boolean stop();

        default String name() {
            return component().name();
        }
    }

    private record ChildRunning(ChildProcess component, Process child) implements Running {

        @Override
        public ProcessHandle process() {
            return child.toHandle();
        }

        @Override
        public boolean isAlive() {
            return child.isAlive();
        }

        @Override
        public String exit() {
            return "code " + child.exitValue();
        }

        @Override
        public String cpuToReady() {
            return ProcessStats.cpuMillis(child.pid()).stream()
                    .mapToObj(cpu -> String.format(Locale.ROOT, " (%.1f s CPU)", cpu / 1000.0)).findFirst().orElse("");
        }

        @Override
        public void onExit(Runnable action) {
            child.onExit().thenRun(action);
        }

        @Override
        public boolean stop() {
            return Signals.stop(child.toHandle(), component.stopTimeout());
        }
    }

    private record InLauncherRunning(InLauncher component, InLauncher.Running server, InLauncherLog log)
            implements Running {

        @Override
        public ProcessHandle process() {
            return ProcessHandle.current();
        }

        @Override
        public boolean isAlive() {
            return true;
        }

        @Override
        public String exit() {
            return "no code (it runs in the launcher)";
        }

        @Override
        public String cpuToReady() {
            return "";
        }

        @Override
        public void onExit(Runnable action) {
            // it ends with the launcher, or when stopped
        }

        @Override
        public boolean stop() {
            try {
                server.close();
            } finally {
                log.close();
            }
            return true;
        }
    }
}
