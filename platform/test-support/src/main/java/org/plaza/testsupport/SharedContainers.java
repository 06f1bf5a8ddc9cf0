package org.plaza.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The Kafka and MongoDB containers: one of each per JVM, shared by every Spring context.
 *
 * <p>Spring closes container beans with their context; these ignore {@code stop()} so that the
 * next cached context finds them running. Testcontainers' Ryuk removes them when the JVM exits.
 */
final class SharedContainers {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

    static final String MONGO_IMAGE = "mongo:8";

    private static SharedKafkaContainer kafka;

    private static SharedMongoContainer mongo;

    private SharedContainers() {
    }

    static synchronized KafkaContainer kafka() {
        if (kafka == null) {
            kafka = new SharedKafkaContainer();
        }
        return kafka;
    }

    static synchronized MongoDBContainer mongo() {
        if (mongo == null) {
            mongo = new SharedMongoContainer();
        }
        return mongo;
    }

    private static final class SharedKafkaContainer extends KafkaContainer {

        /** Testcontainers already sets one offsets partition and no initial rebalance delay. */
        SharedKafkaContainer() {
            super(KAFKA_IMAGE);
            withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true");
            withEnv("KAFKA_NUM_PARTITIONS", "3");
        }

        @Override
        public void stop() {
            // Shared across contexts: Ryuk removes the container when the JVM exits.
        }

    }

    private static final class SharedMongoContainer extends MongoDBContainer {

        SharedMongoContainer() {
            super(MONGO_IMAGE);
        }

        @Override
        public void stop() {
            // Shared across contexts: Ryuk removes the container when the JVM exits.
        }

    }

}
