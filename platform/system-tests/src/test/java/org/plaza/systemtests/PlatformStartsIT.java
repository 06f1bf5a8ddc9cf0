package org.plaza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The first platform journey: {@code ./plaza up} starts Kafka, MongoDB and every packaged service as their own
 * processes and the mail and SMS sinks inside the launcher (the module's shared {@link FullPlatform}), each reports
 * ready, and each answers a real client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(FullPlatform.class)
class PlatformStartsIT {

    private static final Duration ASYNC = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PlazaStack stack;

    @BeforeAll
    void useTheSharedPlatform(PlazaStack platform) {
        stack = platform;
    }

    @Test
    void everyComponentReportsReadyAndStatusShowsItUp() {
        assertThat(stack.upOutputText()).containsPattern("kafka +ready in ")
                .containsPattern("mongo +ready in ")
                .containsPattern("mail +ready in ")
                .contains("Mail viewer   " + stack.mailViewerUrl());

        PlazaStack.Result status = stack.status();

        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output()).containsPattern("kafka +up +pid \\d+")
                .containsPattern("mongo +up +pid \\d+ +port " + stack.mongoPort())
                .containsPattern("mail +up +pid \\d+");
    }

    @Test
    void kafkaCreatesTopicsOnDemandAndDeliversARecord() throws Exception {
        String topic = "system-test." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "petition-1", "signed")).get();
            }

            assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()).hasSize(6);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "system-tests",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(ASYNC).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                return !received.isEmpty();
            });
            assertThat(received).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("petition-1");
                assertThat(record.value()).isEqualTo("signed");
            });
        }
    }

    @Test
    void mongoKeepsDocumentsInTheServiceDatabase() {
        try (MongoClient client = MongoClients.create(stack.mongoUri("systemtests"))) {
            MongoCollection<Document> probes = client.getDatabase("plaza_systemtests").getCollection("probes");
            String marker = UUID.randomUUID().toString();

            probes.insertOne(new Document("marker", marker).append("lang", "es"));

            assertThat(probes.find(new Document("marker", marker)).first()).containsEntry("lang", "es");
            assertThat(client.listDatabaseNames()).contains("plaza_systemtests");
        }
    }

    @Test
    void sentMailCanBeReadInTheViewerAndAsAnEmlFile() throws Exception {
        String subject = "Gracias por firmar / Thanks for signing " + UUID.randomUUID();

        Smtp.send(stack.smtpPort(), "vecina@example.org", subject, "Tu firma cuenta.\nYour signature counts.");

        Mailbox.Mail mail = stack.mailbox().awaitSubject("vecina@example.org", subject);
        String id = mail.id();
        assertThat(get("/messages/" + id)).contains("Tu firma cuenta.", "Your signature counts.", "vecina@example.org");
        try (Stream<Path> files = Files.list(stack.dataDir().resolve("mail"));
             InputStream eml = Files.newInputStream(stack.dataDir().resolve("mail").resolve(id + ".eml"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).contains(id + ".eml");
            assertThat(new MimeMessage(Session.getInstance(new Properties()), eml).getSubject()).isEqualTo(subject);
        }
    }

    @Test
    void aBrowserFindsTheMailInTheViewer(@TempDir Path profile) throws Exception {
        Chromium.assumeAvailable();
        String subject = "Recordatorio / Reminder " + UUID.randomUUID();
        Smtp.send(stack.smtpPort(), "voluntario@example.org", subject, "Turno del sábado / Saturday shift");
        await().atMost(ASYNC).until(() -> get("/api/messages").contains(subject));

        WebDriver browser = Chromium.start(profile);
        try {
            browser.get(stack.mailViewerUrl());
            browser.findElement(By.linkText(subject)).click();

            Chromium.awaitPage(browser, "the message's page", page -> page.findElement(By.id("subject")).getText().equals(subject));
            assertThat(browser.findElement(By.id("text")).getText()).contains("Turno del sábado / Saturday shift");
        } finally {
            browser.quit();
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(stack.mailViewerUrl() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
