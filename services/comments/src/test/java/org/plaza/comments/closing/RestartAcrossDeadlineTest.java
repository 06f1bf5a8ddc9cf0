package org.plaza.comments.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsApplication;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.support.TestClock;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentPacketCompiled;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * A real restart: one instance of the service takes a comment and stops; the deadline passes while nothing
 * runs; a new instance on the same database closes the drive at the deadline as soon as it starts, refuses
 * late comments and compiles the packet.
 */
@CommentsServiceTest
class RestartAcrossDeadlineTest {

    @Autowired
    KafkaTestEvents events;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MongoConnectionDetails mongo;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private ConfigurableApplicationContext running;

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
        TestClock.shared().release();
    }

    @Test
    void aDeadlineThatPassedWhileTheServiceWasDownClosesTheDriveAtTheDeadlineOnStart() {
        String database = "comments_restart_" + System.nanoTime();
        running = start(database);
        RestClient first = client(running);
        String body = first.post().uri("/api/staff/comments/bodies").header(HttpHeaders.AUTHORIZATION, fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("name", "Desert Sands School Board", "kind",
                        "SCHOOL_DISTRICT_BOARD", "clerkEmail", "clerk@dsusd.example.org", "timeZone",
                        "America/Los_Angeles", "deadlineHoursBeforeMeeting", 2, "commentLengthLimit", 1500))
                .retrieve().body(JsonNode.class).get("id").asString();
        String driveId = first.post().uri("/api/staff/comments/drives").header(HttpHeaders.AUTHORIZATION, fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON)
                .body(fixtures.driveRequest(body, Duration.ofMinutes(10), true)).retrieve().body(JsonNode.class)
                .get("id").asString();
        Instant deadline = Instant.parse(first.get().uri("/api/public/comments/drives/" + driveId).retrieve()
                .body(JsonNode.class).get("commentDeadline").asString());
        String commentId = first.post().uri("/api/public/comments/drives/" + driveId + "/comments")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Fixtures.comment("Carmen", "carmen." + System.nanoTime() + "@example.org", "COACHELLA", "OPPOSE",
                        "Los autobuses no llegan a North Shore."))
                .retrieve().body(JsonNode.class).get("commentId").asString();
        String code = fixtures.confirmationEmail(commentId).templateParameters().get("code");
        first.post().uri("/api/public/comments/comments/" + commentId + "/confirmation")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("code", code)).retrieve().toBodilessEntity();
        running.close();
        running = null;

        TestClock.shared().freezeAt(deadline.plus(Duration.ofHours(2)));
        running = start(database);

        CommentDriveClosed closed = events.awaitEvent(CommentDriveClosed.class, e -> e.driveId().equals(driveId),
                Duration.ofSeconds(60)).event();
        assertThat(closed.closedAt()).isEqualTo(deadline);
        assertThat(closed.reason()).isEqualTo(CommentDriveClosed.Reason.DEADLINE_PASSED);
        assertThat(closed.confirmedCommentCount()).isEqualTo(1);

        RestClient second = client(running);
        for (String lang : new String[] { "es", "en" }) {
            HttpStatusCode status = second.post().uri("/api/public/comments/drives/" + driveId + "/comments?lang=" + lang)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Fixtures.comment("Tarde", "tarde." + System.nanoTime() + "@example.org", "MECCA", "SUPPORT",
                            "Tarde"))
                    .exchange((request, response) -> response.getStatusCode());
            assertThat(status.value()).isEqualTo(409);
        }

        CommentPacketCompiled packet = events.awaitEvent(CommentPacketCompiled.class, e -> e.driveId().equals(driveId),
                Duration.ofSeconds(60)).event();
        assertThat(packet.commentCount()).isEqualTo(1);
        assertThat(packet.countsByCommunity()).containsEntry("COACHELLA", 1);
    }

    private ConfigurableApplicationContext start(String database) {
        String uri = mongo.getConnectionString().getConnectionString()
                .replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        return new SpringApplicationBuilder(CommentsApplication.class, TestClock.Config.class).profiles("test")
                .properties("server.port=0", "spring.mongodb.uri=" + uri, "spring.kafka.bootstrap-servers=" + kafka,
                        "spring.cloud.stream.default.group=comments-restart-test",
                        StaffTokens.ISSUER_URI_PROPERTY + "=" + StaffTokens.shared().issuer())
                .run("--server.port=0");
    }

    private static RestClient client(ConfigurableApplicationContext context) {
        return RestClient.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }
}
