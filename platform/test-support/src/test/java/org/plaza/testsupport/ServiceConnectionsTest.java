package org.plaza.testsupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.junit.jupiter.api.Test;
import org.plaza.testsupport.sample.Sample;
import org.plaza.testsupport.sample.SampleApplication;
import org.plaza.testsupport.sample.Samples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A service gets Kafka and MongoDB through connection-details beans, its configuration untouched. */
@PlazaServiceTest(classes = SampleApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ServiceConnectionsTest {

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    MongoConnectionDetails mongo;

    @Autowired
    MongoTemplate mongoTemplate;

    @Autowired
    Samples samples;

    @Test
    void repositoryWritesIntoTheContextsOwnDatabaseOnTheSharedServer() {
        this.samples.save(new Sample("sample-mongo-1", "MECCA", null));

        String database = this.mongoTemplate.getDb().getName();
        assertThat(database).startsWith("plaza_test_");
        try (MongoClient client = MongoClients.create(this.mongo.getConnectionString())) {
            assertThat(client.getDatabase(database).getCollection("samples").countDocuments(Filters.eq("_id", "sample-mongo-1")))
                    .isOne();
        }
    }

    @Test
    void embeddedConnectionDetailsPointAtTheJvmWideServers() {
        assumeTrue(InfrastructureMode.current() == InfrastructureMode.EMBEDDED, "embedded mode only");

        assertThat(String.join(",", this.kafka.getBootstrapServers())).isEqualTo(EmbeddedInfrastructure.kafkaBootstrapServers());
        assertThat(this.mongo.getConnectionString().getHosts())
                .containsExactly("127.0.0.1:" + EmbeddedInfrastructure.mongoAddress().getPort());
        assertThat(this.mongo.getConnectionString().getSocketTimeout()).isEqualTo(EmbeddedMongoConnectionDetails.SOCKET_TIMEOUT_MS);
    }

}
