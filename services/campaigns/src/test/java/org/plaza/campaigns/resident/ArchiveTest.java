package org.plaza.campaigns.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.campaigns.CampaignFixtures;
import org.plaza.campaigns.CampaignsServiceTest;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.comments.CommentPacketDelivered;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.starter.links.ResidentLinks;
import org.plaza.testsupport.security.Role;

/**
 * The archive of closed campaigns: what came of each campaign's petitions (delivered with their signatures,
 * answered, won) and drives (comments delivered), from the other services' events, in both languages, searched
 * and filtered with the find kit; open campaigns stay on the home page, which links to the archive.
 */
class ArchiveTest extends CampaignsServiceTest {

    private static final Duration SECONDS = Duration.ofSeconds(20);

    @Test
    void aClosedCampaignShowsItsPetitionsAndDrivesOutcomesInBothLanguages() throws Exception {
        String word = "archivo" + unique();
        var campaign = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign(word));
        String campaignId = campaign.get("id").asString();
        String won = "pet-" + unique();
        String delivered = "pet-" + unique();
        String driveId = "drv-" + unique();
        Instant now = Instant.now();
        events.publish(new PetitionPublished(won, campaignId, "Agua para la escuela", "Water for the school", 100,
                List.of(), List.of("OASIS"), null, organizer, now));
        events.publish(new PetitionPublished(delivered, campaignId, "Banquetas seguras", "Safe sidewalks", 100,
                List.of(), List.of("OASIS"), null, organizer, now));
        events.publish(new CommentDriveOpened(driveId, campaignId, "pb-1", "WATER_DISTRICT_BOARD", "Tarifas de agua",
                "Water rates", "7", now.plus(Duration.ofDays(3)), "America/Los_Angeles", now.plus(Duration.ofDays(2)),
                true, organizer, now));
        events.publish(new PetitionClosed(won, campaignId, PetitionClosed.Reason.CLOSED_BY_ORGANIZER, 1234, organizer, now));
        events.publish(new PetitionDelivered(won, campaignId, LocalDate.of(2026, 5, 4), "IN_PERSON", 1234, organizer, now));
        events.publish(new PetitionResponded(won, campaignId, LocalDate.of(2026, 6, 1), "ACCEPTED", organizer, now));
        events.publish(new PetitionClosed(delivered, campaignId, PetitionClosed.Reason.CLOSED_BY_ORGANIZER, 1, organizer, now));
        events.publish(new PetitionDelivered(delivered, campaignId, LocalDate.of(2026, 5, 5), "EMAIL", 1, organizer, now));
        events.publish(new CommentDriveClosed(driveId, campaignId, CommentDriveClosed.Reason.DEADLINE_PASSED, now, 3,
                null, now));
        events.publish(new CommentPacketDelivered("pkt-1", driveId, campaignId, "pb-1", 1, "req-1", null,
                Instant.parse("2026-05-06T18:00:00Z")));
        fixtures.perform(fixtures.as(post("/api/staff/campaigns/{id}/close", campaignId), organizer, Role.ORGANIZER));

        await().atMost(SECONDS).untilAsserted(() -> assertThat(fixtures.page("/campaigns/archive?q=" + word, "en"))
                .contains("Closed campaigns and what they achieved", "Clean water for Oasis " + word, ">Won</li>",
                        "href=\"" + ResidentLinks.petition(won) + "\">Water for the school</a>",
                        "Won: the decision-maker accepted it (June 1, 2026)",
                        "Safe sidewalks", "Delivered on May 5, 2026 with 1 verified signature",
                        "href=\"" + ResidentLinks.commentDrive(driveId) + "\">Water rates</a>",
                        "Comments delivered to the public body on May 6, 2026"));
        assertThat(fixtures.page("/campaigns/archive?q=" + word.toUpperCase(), "es"))
                .contains("Campañas cerradas y lo que lograron", "Agua limpia para Oasis " + word, ">Ganada</li>",
                        "Ganada: quien decide la aceptó (el 1 de junio de 2026)",
                        "Entregada el 5 de mayo de 2026 con 1 firma verificada",
                        "Comentarios entregados a la autoridad pública el 6 de mayo de 2026");
        assertThat(fixtures.page("/campaigns/archive?q=" + word + "&community=OASIS&issueArea=WATER_AND_HOUSING_INFRASTRUCTURE", "en"))
                .contains("Clean water for Oasis " + word);
        assertThat(fixtures.page("/campaigns/archive?q=" + word + "&community=MECCA", "en"))
                .doesNotContain("Clean water for Oasis " + word).contains("Nothing matches your search and filters.");
        assertThat(fixtures.page("/", "en")).doesNotContain("Clean water for Oasis " + word)
                .contains("href=\"/campaigns/archive\"");
    }

    @Test
    void aLaunchedCampaignIsNotInTheArchiveAndHostileInputIsPlainWords() throws Exception {
        String word = "abierta" + unique();
        fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign(word));

        assertThat(fixtures.page("/campaigns/archive?q=" + word, "es")).doesNotContain("Agua limpia para Oasis " + word)
                .contains("value=\"" + word + "\"");
        assertThat(fixtures.page("/campaigns/archive?q=.*(a%2B)%2B%24&page=-3&community=%7B%7D", "es"))
                .contains("Campañas cerradas y lo que lograron");
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
