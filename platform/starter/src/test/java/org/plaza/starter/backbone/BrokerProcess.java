package org.plaza.starter.backbone;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.plaza.devstack.kafka.KafkaBroker;
import org.plaza.devstack.process.JavaCommand;
import org.plaza.devstack.process.ReadinessProbe;

/**
 * A real Kafka broker in its own process, started the way {@code ./plaza up} starts it, that a
 * test can stop and start again on the same ports and the same data.
 */
final class BrokerProcess implements AutoCloseable {

    private final KafkaBroker broker;
    private final Path directory;
    private Process process;

    BrokerProcess(Path directory) throws IOException {
        this.directory = directory;
        Path logConfig = directory.resolve("logback-broker.xml");
        Files.createDirectories(directory);
        Files.writeString(logConfig, """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        JavaCommand java = new JavaCommand(JavaCommand.currentJava(), System.getProperty("java.class.path"));
        this.broker = new KafkaBroker(java, "-Xmx512m -Dlogback.configurationFile=" + logConfig, directory,
                freePort(), freePort());
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    void start() throws Exception {
        for (List<String> step : broker.preparation()) {
            Process prep = new ProcessBuilder(step).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("format.log").toFile()).start();
            if (!prep.waitFor(60, TimeUnit.SECONDS) || prep.exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka storage failed: " + Files.readString(directory.resolve("format.log")));
            }
        }
        process = new ProcessBuilder(broker.command()).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        try (ReadinessProbe probe = broker.readinessProbe()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited: " + Files.readString(directory.resolve("broker.log")));
                }
                try {
                    if (probe.ready()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka did not become ready", notYet);
                    }
                }
                Thread.sleep(200);
            }
        }
    }

    /** A clean shutdown, as an operator stopping the broker would do. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
