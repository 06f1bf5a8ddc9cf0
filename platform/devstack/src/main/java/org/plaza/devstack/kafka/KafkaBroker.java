package org.plaza.devstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.plaza.devstack.process.Component;
import org.plaza.devstack.process.JavaCommand;
import org.plaza.devstack.process.ReadinessProbe;

/**
 * The broker process ({@code kafka.Kafka server.properties}). Storage under {@code kafka/data} is
 * formatted on the first start with a cluster id kept in {@code kafka/cluster-id}; ready once an
 * AdminClient gets an answer to {@code describeCluster}.
 */
public final class KafkaBroker implements Component {

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
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, "1000");
        config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, "1000");
        return new ReadinessProbe() {
            private Admin admin;

            @Override
            public boolean ready() throws Exception {
                if (admin == null) {
                    admin = Admin.create(config);
                }
                return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
            }

            @Override
            public void close() {
                if (admin != null) {
                    admin.close(Duration.ofSeconds(2));
                }
            }
        };
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
