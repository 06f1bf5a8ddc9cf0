package org.plaza.bench.bare;

import java.net.URI;

import org.plaza.bench.bare.BareStackApplication.BareRecords;
import org.plaza.starter.outbox.OutboxRelay;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.micrometer.core.instrument.MeterRegistry;

/** Starts the bare-stack service inside the load generator, on a free port, against the given Kafka and MongoDB. */
public final class BareStack implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    public BareStack(String kafkaBootstrapServers, String mongoUri) {
        this.context = new SpringApplicationBuilder(BareStackApplication.class).profiles("embedded")
                .properties("spring.application.name=bench-bare", "server.port=0", "server.address=127.0.0.1",
                        "spring.mongodb.uri=" + mongoUri, "spring.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                        "spring.main.banner-mode=off", "logging.level.root=WARN",
                        "spring.data.mongodb.auto-index-creation=false")
                .run();
    }

    public URI baseUri() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public long stored(String run) {
        return context.getBean(BareRecords.class).countByRun(run);
    }

    public long published() {
        return (long) context.getBean(MeterRegistry.class).get("plaza.outbox.published").counter().count();
    }

    public int backlog() {
        return context.getBean(OutboxRelay.class).backlog();
    }

    @Override
    public void close() {
        context.close();
    }
}
