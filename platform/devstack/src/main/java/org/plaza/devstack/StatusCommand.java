package org.plaza.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.plaza.devstack.process.PidFile;
import org.plaza.devstack.process.Ports;

/**
 * {@code ./plaza status}: one line per component, {@code up} (process alive and every port answers),
 * {@code starting} (alive, not answering yet) or {@code down}, with pid and ports. Exit code 0 when
 * everything is up, 3 otherwise.
 */
final class StatusCommand {

    static final int NOT_ALL_UP = 3;

    private final Settings settings;
    private final Console console;

    StatusCommand(Settings settings, Console console) {
        this.settings = settings;
        this.console = console;
    }

    int run() {
        Map<String, PidFile.Entry> recorded = new LinkedHashMap<>();
        new PidFile(settings.pidFile()).read().forEach(entry -> recorded.put(entry.name(), entry));
        Optional<PidFile.Entry> launcher = Optional.ofNullable(recorded.remove(PidFile.LAUNCHER))
                .filter(entry -> entry.process().isPresent());
        console.say(launcher.map(entry -> "Plaza is running from " + settings.dataDir() + " (launcher pid " + entry.pid() + ")")
                .orElse("Plaza is not running from " + settings.dataDir() + " (no live launcher)"));

        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        // each service by name, also when they share one JVM (the pids file then lists each with that JVM's pid)
        Stack stack = Stack.of(settings);
        stack.infrastructure().forEach(component -> expected.put(component.name(), component.ports()));
        stack.services().forEach(service -> expected.put(service.name(), service.ports()));
        recorded.forEach((name, entry) -> expected.put(name, entry.ports()));

        boolean allUp = launcher.isPresent();
        for (Map.Entry<String, List<Integer>> component : expected.entrySet()) {
            PidFile.Entry entry = recorded.get(component.getKey());
            List<Integer> ports = entry != null ? entry.ports() : component.getValue();
            String state = state(entry, ports);
            allUp &= state.equals("up");
            String pid = entry != null && entry.process().isPresent() ? String.valueOf(entry.pid()) : "-";
            console.say(String.format("  %-14s %-9s pid %-8s port %s", component.getKey(), state, pid,
                    ports.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return allUp ? 0 : NOT_ALL_UP;
    }

    private static String state(PidFile.Entry entry, List<Integer> ports) {
        if (entry == null || entry.process().isEmpty()) {
            return "down";
        }
        return ports.stream().allMatch(Ports::accepts) ? "up" : "starting";
    }
}
