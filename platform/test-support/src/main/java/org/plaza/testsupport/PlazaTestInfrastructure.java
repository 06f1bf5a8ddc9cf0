package org.plaza.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.StaffTokens;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Kafka, MongoDB and a staff-token issuer for a service test, the same beans in either
 * {@link InfrastructureMode}.
 *
 * <p>Containers: {@code @ServiceConnection} {@code apache/kafka} and {@code mongo} containers.
 * Embedded: an in-JVM KRaft broker and mongo-java-server, exposed as
 * {@link KafkaConnectionDetails} and {@link MongoConnectionDetails}. Either way one broker and
 * one MongoDB serve every context of the JVM, each context gets a database of its own unless
 * the test sets {@code spring.mongodb.database}, and application configuration stays as it is.
 *
 * <p>{@link PlazaServiceTest} also points the resource server at {@link StaffTokens}' issuer;
 * a test that imports this class directly calls {@link StaffTokens#registerIssuer} from a
 * {@code @DynamicPropertySource} method instead.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PlazaTestInfrastructure {

    /** The property a test sets to choose its database. */
    static final String DATABASE_PROPERTY = "spring.mongodb.database";

    /**
     * Also set, because the Spring Cloud Stream Kafka binder reads the Kafka properties (whose
     * bootstrap servers default to {@code localhost:9092}) and ignores a {@link KafkaConnectionDetails} bean.
     */
    static final String KAFKA_BOOTSTRAP_PROPERTY = "spring.kafka.bootstrap-servers";

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Bean(destroyMethod = "close")
    KafkaTestEvents plazaKafkaTestEvents(ObjectProvider<KafkaConnectionDetails> kafka, ObjectProvider<JsonMapper> jsonMapper) {
        return new KafkaTestEvents(() -> kafka.getObject().getProducer().getBootstrapServers(),
                jsonMapper.getIfAvailable(() -> JsonMapper.builder().findAndAddModules().build()));
    }

    @Bean
    StaffTokens plazaStaffTokens() {
        return StaffTokens.shared();
    }

    /** A database name no other context of this JVM uses. */
    static String nextDatabaseName() {
        return "plaza_test_" + CONTEXTS.incrementAndGet();
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(InfrastructureMode.EmbeddedCondition.class)
    static class Embedded {

        @Bean
        KafkaConnectionDetails plazaKafkaConnectionDetails() {
            return new EmbeddedKafkaConnectionDetails(EmbeddedInfrastructure.kafkaBootstrapServers());
        }

        @Bean
        DynamicPropertyRegistrar plazaKafkaBootstrapServers() {
            return registry -> registry.add(KAFKA_BOOTSTRAP_PROPERTY, EmbeddedInfrastructure::kafkaBootstrapServers);
        }

        @Bean
        MongoConnectionDetails plazaMongoConnectionDetails() {
            return new EmbeddedMongoConnectionDetails(EmbeddedInfrastructure.mongoAddress(), nextDatabaseName());
        }

    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(InfrastructureMode.ContainersCondition.class)
    static class Containers {

        @Bean
        @ServiceConnection
        KafkaContainer plazaKafkaContainer() {
            return SharedContainers.kafka();
        }

        @Bean
        @ServiceConnection
        MongoDBContainer plazaMongoContainer() {
            return SharedContainers.mongo();
        }

        @Bean
        DynamicPropertyRegistrar plazaKafkaBootstrapServers(KafkaContainer plazaKafkaContainer) {
            return registry -> registry.add(KAFKA_BOOTSTRAP_PROPERTY, plazaKafkaContainer::getBootstrapServers);
        }

        /** The container's connection string names one database for all; give this context its own. */
        @Bean
        DynamicPropertyRegistrar plazaContextDatabase(Environment environment) {
            String database = nextDatabaseName();
            return registry -> {
                if (!environment.containsProperty(DATABASE_PROPERTY)) {
                    registry.add(DATABASE_PROPERTY, () -> database);
                }
            };
        }

    }

}
