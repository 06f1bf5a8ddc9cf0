package org.plaza.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaza.devstack.process.Component;
import org.plaza.devstack.process.LogFiles;
import org.plaza.devstack.process.PidFile;
import org.plaza.devstack.process.ReadinessProbe;

class SupervisorTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(output, true, StandardCharsets.UTF_8), System.err);

    @Test
    void startsComponentsAsRecordedProcessesAndStopsThemAll() {
        PidFile pids = new PidFile(dir.resolve("pids"));
        Supervisor supervisor = supervisor(pids);

        boolean ready = supervisor.startAll(List.of(shell("kafka", "sleep 60"), shell("web", "sleep 60")), 2);

        assertThat(ready).isTrue();
        List<PidFile.Entry> running = pids.read();
        assertThat(running).extracting(PidFile.Entry::name).containsExactlyInAnyOrder("kafka", "web");
        assertThat(running).allSatisfy(entry -> assertThat(entry.process()).isPresent());
        assertThat(printed()).contains("kafka          ready in ", "web            ready in ");

        supervisor.stopAll();

        assertThat(running).allSatisfy(entry -> assertThat(entry.process()).isEmpty());
        assertThat(pids.read()).isEmpty();
        assertThat(printed().indexOf("web            stopped")).isLessThan(printed().indexOf("kafka          stopped"));
    }

    @Test
    void aComponentThatExitsWhileStartingFailsWithTheEndOfItsLog() {
        Supervisor supervisor = supervisor(new PidFile(dir.resolve("pids")));

        boolean ready = supervisor.startAll(List.of(shell("mongo", "echo 'port 27017 is busy'; exit 3")), 1);

        assertThat(ready).isFalse();
        assertThat(printed()).contains("mongo          FAILED: exited with code 3 while starting", "| port 27017 is busy");
    }

    @Test
    void aFailedPreparationStopsTheComponentFromStarting() {
        Component component = new ShellComponent("kafka", "sleep 60", dir) {
            @Override
            public List<List<String>> preparation() {
                return List.of(List.of("sh", "-c", "echo 'cannot format'; exit 1"));
            }
        };

        boolean ready = supervisor(new PidFile(dir.resolve("pids"))).startAll(List.of(component), 1);

        assertThat(ready).isFalse();
        assertThat(printed()).contains("FAILED: preparation exited with code 1", "| cannot format");
        assertThat(new PidFile(dir.resolve("pids")).read()).isEmpty();
    }

    @Test
    void everyProcessRunsWithTwoMallocArenasSoItsResidentMemoryStaysSmall() throws Exception {
        Supervisor supervisor = supervisor(new PidFile(dir.resolve("pids")));
        Path seen = dir.resolve("arenas");

        Component printsItsArenas = new ShellComponent("mongo", "echo $MALLOC_ARENA_MAX > " + seen + "; sleep 60", dir) {
            @Override
            public ReadinessProbe readinessProbe() {
                return () -> Files.exists(seen) && Files.size(seen) > 0;
            }
        };

        boolean ready = supervisor.startAll(List.of(printsItsArenas), 1);
        try {
            assertThat(ready).isTrue();
            assertThat(Files.readString(seen).strip()).isEqualTo(System.getenv().getOrDefault("MALLOC_ARENA_MAX", "2"));
        } finally {
            supervisor.stopAll();
        }
    }

    private Supervisor supervisor(PidFile pids) {
        return new Supervisor(console, pids, new LogFiles(dir.resolve("logs")), Duration.ofSeconds(20));
    }

    private ShellComponent shell(String name, String script) {
        return new ShellComponent(name, script, dir);
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    /** A component that is a shell script, ready as soon as its process runs. */
    private static class ShellComponent implements Component {

        private final String name;
        private final String script;
        private final Path dir;

        ShellComponent(String name, String script, Path dir) {
            this.name = name;
            this.script = script;
            this.dir = dir;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<Integer> ports() {
            return List.of();
        }

        @Override
        public String address() {
            return "nowhere";
        }

        @Override
        public List<String> command() {
            return List.of("sh", "-c", script);
        }

        @Override
        public Path workingDirectory() {
            return dir;
        }

        @Override
        public ReadinessProbe readinessProbe() {
            return () -> script.startsWith("sleep");
        }

        @Override
        public Duration stopTimeout() {
            return Duration.ofSeconds(5);
        }
    }
}
