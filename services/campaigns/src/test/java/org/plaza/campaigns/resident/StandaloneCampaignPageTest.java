package org.plaza.campaigns.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.campaigns.CampaignFixtures;
import org.plaza.campaigns.CampaignsApplication;
import org.plaza.campaigns.CampaignsServiceTest;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.petitions.PetitionPublished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The campaign page is a local projection: once the events have arrived, a second instance of the
 * service started with only its MongoDB (Kafka unreachable, no petitions, comments or outreach
 * service anywhere) renders every way to act.
 */
class StandaloneCampaignPageTest extends CampaignsServiceTest {

    @Autowired
    MongoConnectionDetails mongoConnection;

    @Autowired
    MongoTemplate mongo;

    @Test
    void campaignPageRendersWithOnlyThisServiceAndItsMongoUp() throws Exception {
        var campaign = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign(unique()));
        String campaignId = campaign.get("id").asString();
        String page = campaign.get("page").asString();
        Instant now = Instant.now();
        String petitionId = "pet-" + unique();
        String driveId = "drv-" + unique();
        String shiftId = "shf-" + unique();
        events.publish(new PetitionPublished(petitionId, campaignId, "Agua para Oasis", "Water for Oasis", 500,
                List.of(), List.of("OASIS"), null, organizer, now));
        events.publish(new CommentDriveOpened(driveId, campaignId, "pb-1", "WATER_DISTRICT_BOARD", "Tarifas",
                "Rates", "3", now.plus(Duration.ofDays(9)), "America/Los_Angeles", now.plus(Duration.ofDays(8)),
                false, organizer, now));
        events.publish(new ShiftScheduled(shiftId, campaignId, "PHONE_BANK", "Llamadas", "Phone bank", "OASIS",
                now.plus(Duration.ofDays(4)), null, "America/Los_Angeles", 8, 2, List.of(), null, null, organizer,
                now));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(fixtures.page(page, "en"))
                .contains("/petitions/" + petitionId, "/comments/drives/" + driveId, "/outreach/shifts/" + shiftId));

        try (ConfigurableApplicationContext alone = aloneWithItsMongo()) {
            int port = ((WebServerApplicationContext) alone).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            for (String language : List.of("es", "en")) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + page + "?lang=" + language)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).contains("/petitions/" + petitionId, "/comments/drives/" + driveId,
                        "/outreach/shifts/" + shiftId);
            }
        }
    }

    /** The same service and database, with Kafka pointed at a port where nothing listens. */
    private ConfigurableApplicationContext aloneWithItsMongo() throws IOException {
        return new SpringApplicationBuilder(CampaignsApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.mongodb.uri=" + mongoConnection.getConnectionString(),
                        "--spring.mongodb.database=" + mongo.getDb().getName(),
                        "--spring.kafka.bootstrap-servers=127.0.0.1:" + closedPort());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
