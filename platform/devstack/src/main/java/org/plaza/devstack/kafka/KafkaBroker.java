package org.plaza.devstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.common.Uuid;
import org.plaza.devstack.process.ChildProcess;
import org.plaza.devstack.process.JavaCommand;
import org.plaza.devstack.process.ReadinessProbe;

/**
 * The broker process ({@code kafka.Kafka server.properties}). Storage under {@code kafka/data} is
 * formatted on the first start with a cluster id kept in {@code kafka/cluster-id}; ready once its
 * answer to a Metadata request lists a broker ({@link MetadataProbe}).
 */
public final class KafkaBroker implements ChildProcess {

    private final JavaCommand java;
    private final String jvmOptions;
    private final Path directory;
    private final int port;
    private final int controllerPort;

    public KafkaBroker(JavaCommand java, String jvmOptions, Path directory, int port, int controllerPort) {
        this.java = java;
        this.jvmOptions = jvmOptions;
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public List<Integer> ports() {
        return List.of(port, controllerPort);
    }

    @Override
    public String address() {
        return bootstrapServers();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public Path workingDirectory() {
        return directory;
    }

    @Override
    public List<List<String>> preparation() {
        writeServerProperties();
        if (Files.exists(dataDirectory().resolve("meta.properties"))) {
            return List.of();
        }
        return List.of(java.mainClass(jvmOptions, "kafka.tools.StorageTool",
                "format", "--ignore-formatted", "-t", clusterId(), "-c", serverProperties().toString()));
    }

    @Override
    public List<String> command() {
        return java.mainClass(jvmOptions, "kafka.Kafka", serverProperties().toString());
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    public ReadinessProbe readinessProbe() {
        return new MetadataProbe("127.0.0.1", port);
    }

    Path serverProperties() {
        return directory.resolve("server.properties");
    }

    private Path dataDirectory() {
        return directory.resolve("data");
    }

    private void writeServerProperties() {
        try {
            Files.createDirectories(dataDirectory());
            Files.writeString(serverProperties(),
                    BrokerProperties.render(BrokerProperties.of(dataDirectory(), port, controllerPort)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + serverProperties(), e);
        }
    }

    /** The cluster id the storage was (or will be) formatted with, created on first use. */
    private String clusterId() {
        Path file = directory.resolve("cluster-id");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, Uuid.randomUuid().toString());
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }
}
