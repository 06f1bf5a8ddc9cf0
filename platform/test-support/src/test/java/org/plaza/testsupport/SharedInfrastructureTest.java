package org.plaza.testsupport;

import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plaza.testsupport.events.KafkaTestEvents;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Embedded mode: the broker and MongoDB server start once per JVM and serve every context. */
class SharedInfrastructureTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, MongoAutoConfiguration.class,
                    DataMongoAutoConfiguration.class))
            .withUserConfiguration(PlazaTestInfrastructure.class)
            .withPropertyValues("plaza.test.infra=embedded");

    @Test
    void twoContextsShareOneBrokerAndOneMongoServerButEachHasItsOwnDatabase() {
        this.runner.run(first -> this.runner.run(second -> {
            assertThat(first.getBean(KafkaConnectionDetails.class).getBootstrapServers())
                    .isEqualTo(second.getBean(KafkaConnectionDetails.class).getBootstrapServers());
            assertThat(first.getBean(MongoConnectionDetails.class).getConnectionString().getHosts())
                    .isEqualTo(second.getBean(MongoConnectionDetails.class).getConnectionString().getHosts());
            assertThat(databaseOf(first.getBean(MongoDatabaseFactory.class)))
                    .isNotEqualTo(databaseOf(second.getBean(MongoDatabaseFactory.class)));

            first.getBean(MongoTemplate.class).insert(new Document("note", "only in the first"), "notes");
            assertThat(second.getBean(MongoTemplate.class).getCollection("notes").countDocuments()).isZero();

            @SuppressWarnings("unchecked")
            KafkaTemplate<Object, Object> firstProducer = first.getBean(KafkaTemplate.class);
            firstProducer.send("plaza.shared-check", "key-1", "sent by the first context").get();
            assertThat(second.getBean(KafkaTestEvents.class)
                    .awaitRecords("plaza.shared-check", record -> "key-1".equals(record.key()), 1, Duration.ofSeconds(20)))
                    .singleElement()
                    .satisfies(record -> assertThat(new String(record.event())).isEqualTo("sent by the first context"));
        }));
    }

    @Test
    void keepsTheDatabaseATestChooses() {
        this.runner.withPropertyValues("spring.mongodb.database=chosen_by_test").run(context ->
                assertThat(databaseOf(context.getBean(MongoDatabaseFactory.class))).isEqualTo("chosen_by_test"));
    }

    @Test
    void embeddedMongoConnectionStringCarriesASocketTimeout() {
        this.runner.run(context -> assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getSocketTimeout())
                .isEqualTo(EmbeddedMongoConnectionDetails.SOCKET_TIMEOUT_MS));
    }

    private static String databaseOf(MongoDatabaseFactory factory) {
        return factory.getMongoDatabase().getName();
    }

}
