package org.plaza.testsupport;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;

/** Points Spring Kafka and the Spring Cloud Stream binder at the shared in-JVM broker. */
final class EmbeddedKafkaConnectionDetails implements KafkaConnectionDetails {

    private final List<String> bootstrapServers;

    EmbeddedKafkaConnectionDetails(String bootstrapServers) {
        this.bootstrapServers = Arrays.stream(bootstrapServers.split(",")).map(String::trim).toList();
    }

    @Override
    public List<String> getBootstrapServers() {
        return this.bootstrapServers;
    }

}
