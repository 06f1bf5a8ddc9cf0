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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.plaza.devstack.process.Component;
import org.plaza.devstack.process.LogFiles;
import org.plaza.devstack.process.PidFile;
import org.plaza.devstack.process.ProcessStats;
import org.plaza.devstack.process.ReadinessProbe;
import org.plaza.devstack.process.Signals;

/**
 * Starts components as child processes (output to {@code logs/<name>.log}), waits until each answers,
 * reports progress, records pids, and stops everything in order: services, Kafka, MongoDB, mail.
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
        long started = System.nanoTime();
        console.component(name, "starting...");
        Path log = logs.openForRun(name);
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
        Process process;
        synchronized (this) {
            if (stopping) {
                return false;
            }
            process = launch(component.command(), component, log);
            running.put(name, new Running(component, process));
            pidFile.add(name, process.toHandle(), component.ports());
        }
        try (ReadinessProbe probe = component.readinessProbe()) {
            while (!answers(probe)) {
                if (!process.isAlive()) {
                    return failed(component, "exited with code " + process.exitValue() + " while starting");
                }
                if (isStopping()) {
                    return false;
                }
                if (System.nanoTime() - started > startTimeout.toNanos()) {
                    return failed(component, "not ready after " + startTimeout.toSeconds() + " s");
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        console.component(name, "ready in " + Console.seconds(System.nanoTime() - started)
                + ProcessStats.cpuMillis(process.pid()).stream().mapToObj(cpu -> String.format(Locale.ROOT,
                        " (%.1f s CPU)", cpu / 1000.0)).findFirst().orElse("") + "   " + component.address());
        process.onExit().thenAccept(exited -> reportUnexpectedExit(component, exited));
        return true;
    }

    private static boolean answers(ReadinessProbe probe) {
        try {
            return probe.ready();
        } catch (Exception notYet) {
            return false;
        }
    }

    private Process launch(List<String> command, Component component, Path log) throws IOException {
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
        Path log = logs.of(component.name());
        console.failure(component.name(), reason, log.toString(), LogFiles.tail(log, TAIL_LINES));
        return false;
    }

    private void reportUnexpectedExit(Component component, Process exited) {
        if (isStopping()) {
            return;
        }
        synchronized (this) {
            running.remove(component.name());
        }
        pidFile.remove(component.name());
        failed(component, "exited unexpectedly with code " + exited.exitValue());
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    /** Stops every started process: services together, then Kafka, MongoDB and mail one after the other. */
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
        boolean graceful = Signals.stop(target.process().toHandle(), target.component().stopTimeout());
        String took = Console.seconds(System.nanoTime() - started);
        console.component(target.name(), graceful ? "stopped in " + took
                : "killed after " + took + " (did not stop within " + target.component().stopTimeout().toSeconds() + " s)");
        pidFile.remove(target.name());
    }

    private record Running(Component component, Process process) {

        String name() {
            return component.name();
        }
    }
}
