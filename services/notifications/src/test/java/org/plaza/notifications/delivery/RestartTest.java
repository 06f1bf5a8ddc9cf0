package org.plaza.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.NotificationsApplication;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.testsupport.events.CloudEventHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restarts: the service is started, stopped and started again as separate application instances on one
 * database (and a topic of their own, so the shared test context does not see their requests). A request
 * delivered again after the restart is not sent again; a scheduled send stored before the restart is sent
 * once, at its time, by the new instance, whose clock is 45 minutes ahead (the restart "spans" the send time
 * without the test waiting for it).
 */
class RestartTest extends NotificationsServiceTest {

    private static final String TOPIC = "plaza.notifications.requests.restart-test";

    @Autowired
    Environment environment;

    @Autowired
    MongoConnectionDetails mongo;

    @Autowired
    JsonMapper json;

    @Test
    void redeliveredRequestIsNotSentAgainAndAScheduledSendFiresOnceAfterARestart() {
        String database = "notifications_restart_" + UUID.randomUUID().toString().substring(0, 8);
        String now = uniqueId("ntf-now");
        String nowEmail = address("example.org");
        String later = uniqueId("ntf-later");
        String laterEmail = address("example.org");
        Instant sendAt = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MILLIS);
        NotificationRequested immediate = verification(now, "es", nowEmail);
        NotificationRequested scheduled = ScheduledSendTest.reminder(later, laterEmail, sendAt, uniqueId("shift"),
                uniqueId("signup"));

        try (ConfigurableApplicationContext first = start(database, NotificationsApplication.class)) {
            publish(immediate, now + "-event-1");
            publish(scheduled, later + "-event-1");
            awaitIn(first, now, "SENT");
            awaitIn(first, later, "PENDING");
        }
        assertThat(messagesTo(laterEmail)).as("not sent before the restart").isEmpty();

        try (ConfigurableApplicationContext second = start(database, NotificationsApplication.class, LaterClock.class)) {
            publish(immediate, now + "-event-1");
            publish(immediate, now + "-event-2");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> DeliveryOnceTest.duplicates(second.getBean(MeterRegistry.class)) >= 2);
            NotificationView sent = awaitIn(second, later, "SENT");

            assertThat(sent.history()).extracting(NotificationView.AttemptView::at).first()
                    .satisfies(at -> assertThat(at).isAfterOrEqualTo(sendAt));
            assertThat(second.getBean(DeliveryLog.class).find(now).orElseThrow().attempts()).isEqualTo(1);
        }
        assertThat(messagesTo(nowEmail)).hasSize(1);
        assertThat(messagesTo(laterEmail)).hasSize(1);
    }

    private ConfigurableApplicationContext start(String database, Class<?>... sources) {
        var address = mongo.getConnectionString().getHosts().get(0);
        return new SpringApplicationBuilder(sources).profiles("test").run(
                "--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
                "--spring.mongodb.uri=mongodb://" + address + "/" + database
                        + "?socketTimeoutMS=30000&connectTimeoutMS=5000&serverSelectionTimeoutMS=5000",
                "--spring.mail.host=" + SMTP.getBindAddress(), "--spring.mail.port=" + SMTP.getPort(),
                "--server.port=0",
                "--spring.cloud.stream.bindings.notificationRequests-in-0.destination=" + TOPIC,
                "--spring.cloud.stream.default.group=notifications-restart-test",
                "--plaza.notifications.delivery.poll-interval=200ms");
    }

    /** The clock of the instance started after the restart: 45 minutes later than now. */
    static class LaterClock {

        @Bean
        @Primary
        Clock laterClock() {
            return Clock.offset(Clock.systemUTC(), Duration.ofMinutes(45));
        }
    }

    private void publish(NotificationRequested request, String eventId) {
        events.publishRaw(TOPIC, request.requestId(), CloudEventHeaders.of(request, eventId, Instant.now()),
                json.writeValueAsBytes(request));
    }

    private static NotificationView awaitIn(ConfigurableApplicationContext instance, String requestId, String state) {
        DeliveryLog log = instance.getBean(DeliveryLog.class);
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> log.find(requestId).orElse(null), view -> view != null && view.state().equals(state));
    }
}
