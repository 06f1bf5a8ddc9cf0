package org.plaza.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.plaza.devstack.process.ChildProcess;
import org.plaza.devstack.process.InLauncher;
import org.plaza.devstack.process.LogFiles;
import org.plaza.devstack.process.PartExits;
import org.plaza.devstack.process.PidFile;
import org.plaza.devstack.process.Ports;
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
        ChildProcess component = new ShellComponent("kafka", "sleep 60", dir) {
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

        ChildProcess printsItsArenas = new ShellComponent("mongo", "echo $MALLOC_ARENA_MAX > " + seen + "; sleep 60", dir) {
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

    @Test
    void aComponentInTheLaunchersJvmIsRecordedWithItsPidLogsToItsOwnFileAndStopsWithTheRest() throws Exception {
        PidFile pids = new PidFile(dir.resolve("pids"));
        Supervisor supervisor = supervisor(pids);
        ListeningTool tool = new ListeningTool();

        boolean ready = supervisor.startAll(List.of(tool, shell("kafka", "sleep 60")), 2);

        assertThat(ready).isTrue();
        assertThat(pids.read()).filteredOn(entry -> entry.name().equals("sms")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.pid()).isEqualTo(ProcessHandle.current().pid());
                    assertThat(entry.ports()).containsExactly(tool.port);
                });
        assertThat(Ports.accepts(tool.port)).isTrue();
        assertThat(Files.readString(dir.resolve("logs/sms.log")))
                .contains("==== plaza: starting sms", "INFO  [", "listening on " + tool.port);
        assertThat(printed()).contains("sms            ready in ");

        supervisor.stopAll();

        assertThat(Ports.accepts(tool.port)).isFalse();
        assertThat(pids.read()).isEmpty();
        assertThat(printed().indexOf("kafka          stopped")).isLessThan(printed().indexOf("sms            stopped"));
        LoggerFactory.getLogger(ListeningTool.class).info("after the stop");
        assertThat(Files.readString(dir.resolve("logs/sms.log"))).doesNotContain("after the stop");
    }

    @Test
    void aServiceOfTheSharedJvmThatDoesNotStartFailsTheStartWithTheEndOfItsOwnLog() throws Exception {
        Path exits = dir.resolve("shared-jvm.exits");
        Files.createDirectories(dir.resolve("logs"));
        Files.writeString(dir.resolve("logs/petitions.log"), "APPLICATION FAILED TO START\n");
        Supervisor supervisor = supervisor(new PidFile(dir.resolve("pids")));

        boolean ready = supervisor.startAll(List.of(new SharedShell(
                "printf 'petitions\\tdid not start: port 8083 in use\\n' >> " + exits + "; sleep 60", exits, () -> false)), 1);
        supervisor.stopAll();

        assertThat(ready).isFalse();
        assertThat(printed()).contains("petitions      FAILED: did not start: port 8083 in use",
                "last 1 lines of " + dir.resolve("logs/petitions.log"), "| APPLICATION FAILED TO START");
    }

    @Test
    void aServiceOfTheSharedJvmThatStopsIsReportedAndShownDownWhileTheOthersRunOn() throws Exception {
        Path exits = dir.resolve("shared-jvm.exits");
        Path stop = dir.resolve("stop-petitions");
        PidFile pids = new PidFile(dir.resolve("pids"));
        Supervisor supervisor = supervisor(pids);
        SharedShell shared = new SharedShell("while [ ! -e " + stop + " ]; do sleep 0.1; done; "
                + "printf 'petitions\\tits application context closed\\n' >> " + exits + "; sleep 60", exits, () -> true);
        assertThat(supervisor.startAll(List.of(shared), 1)).isTrue();
        assertThat(pids.read()).extracting(PidFile.Entry::name).containsExactly("petitions", "comments");

        Files.createFile(stop);

        await().atMost(Duration.ofSeconds(10)).until(() -> printed().contains("petitions      FAILED"));
        assertThat(printed()).contains("petitions      FAILED: its application context closed; it stays down");
        assertThat(pids.read()).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("comments");
            assertThat(entry.process()).isPresent();
        });
        supervisor.stopAll();
        assertThat(pids.read()).isEmpty();
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

    /** An in-launcher component named like the SMS sink: a listening socket, ready once it accepts. */
    private static final class ListeningTool implements InLauncher {

        private final int port;
        private ServerSocket socket;

        ListeningTool() throws IOException {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                this.port = probe.getLocalPort();
            }
        }

        @Override
        public String name() {
            return "sms";
        }

        @Override
        public List<Integer> ports() {
            return List.of(port);
        }

        @Override
        public String address() {
            return "port " + port;
        }

        @Override
        public Running start() throws IOException {
            socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
            LoggerFactory.getLogger(ListeningTool.class).info("listening on {}", port);
            return () -> {
                try {
                    socket.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }

        @Override
        public List<String> loggers() {
            return List.of(ListeningTool.class.getName());
        }

        @Override
        public ReadinessProbe readinessProbe() {
            return () -> Ports.accepts(port);
        }
    }

    /** A shell script standing in for the shared JVM: two services, and the file it records their exits in. */
    private final class SharedShell extends ShellComponent {

        private final PartExits exits;
        private final ReadinessProbe probe;

        SharedShell(String script, Path exits, ReadinessProbe probe) {
            super("shared-jvm", script, dir);
            this.exits = new PartExits(exits);
            this.probe = probe;
        }

        @Override
        public Map<String, List<Integer>> parts() {
            Map<String, List<Integer>> parts = new LinkedHashMap<>();
            parts.put("petitions", List.of(8083));
            parts.put("comments", List.of(8084));
            return parts;
        }

        @Override
        public List<PartExits.Exit> exitedParts() {
            return exits.unread();
        }

        @Override
        public ReadinessProbe readinessProbe() {
            return probe;
        }
    }

    /** A component that is a shell script, ready as soon as its process runs. */
    private static class ShellComponent implements ChildProcess {

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
