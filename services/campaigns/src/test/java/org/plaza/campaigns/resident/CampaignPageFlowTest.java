package org.plaza.campaigns.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.campaigns.CampaignFixtures;
import org.plaza.campaigns.CampaignsServiceTest;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.starter.links.ResidentLinks;

/**
 * The "done when": a launched campaign shows a petition, a comment drive and a shift opened
 * by the other services (through their events on Kafka) within seconds, in both languages, and
 * closing an item takes its call to action away.
 */
class CampaignPageFlowTest extends CampaignsServiceTest {

    private static final Duration SECONDS = Duration.ofSeconds(20);

    @Test
    void showsEveryWayToActOpenedByTheOtherServicesInBothLanguagesAndDropsClosedOnes() throws Exception {
        var campaign = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign(unique()));
        String campaignId = campaign.get("id").asString();
        String page = campaign.get("page").asString();
        String petitionId = "pet-" + unique();
        String driveId = "drv-" + unique();
        String shiftId = "shf-" + unique();
        Instant now = Instant.now();

        events.publish(new PetitionPublished(petitionId, campaignId, "Conecten las casas al agua potable",
                "Connect homes to safe drinking water", 2000, List.of(500, 1000), List.of("OASIS"),
                now.plus(Duration.ofDays(60)), organizer, now));
        events.publish(new CommentDriveOpened(driveId, campaignId, "pb-cvwd-board", "WATER_DISTRICT_BOARD",
                "Tarifas de agua: comenta antes de la junta", "Water rates: comment before the board meets", "7.B",
                now.plus(Duration.ofDays(3)), "America/Los_Angeles", now.plus(Duration.ofDays(2).plusHours(4)).plusSeconds(90),
                true, organizer, now));
        events.publish(new ShiftScheduled(shiftId, campaignId, "CANVASS", "Tocar puertas en Mecca",
                "Door-knocking in Mecca", "MECCA", now.plus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(5).plusHours(3)), "America/Los_Angeles", 12, 6, List.of("es"), null, null,
                organizer, now));
        events.publish(new SignatureVerified("sig-" + unique(), petitionId, campaignId, "sup_x", "OASIS", "es", false,
                false, "WEB", now));
        events.publish(new ShiftSignedUp("sgn-" + unique(), shiftId, campaignId, "vol-1", "sup_y", null, 11, now));

        await().atMost(SECONDS).untilAsserted(() -> assertThat(fixtures.page(page, "es"))
                .contains("Conecten las casas al agua potable", "href=\"" + ResidentLinks.petition(petitionId) + "\"",
                        "1 de 2,000 firmas verificadas")
                .contains("Tarifas de agua: comenta antes de la junta", "href=\"" + ResidentLinks.commentDrive(driveId) + "\"",
                        "Los comentarios cierran en 2 días y 4 horas")
                .contains("Tocar puertas en Mecca", "href=\"" + ResidentLinks.shift(shiftId) + "\"",
                        "11 lugares disponibles"));
        assertThat(fixtures.page(page, "en"))
                .contains("Connect homes to safe drinking water", "1 of 2,000 verified signatures")
                .contains("Water rates: comment before the board meets", "Comments close in 2 days and 4 hours",
                        "Pacific Time")
                .contains("Door-knocking in Mecca", "11 spots open");

        events.publish(new PetitionClosed(petitionId, campaignId, PetitionClosed.Reason.CLOSED_BY_ORGANIZER, 1,
                organizer, Instant.now()));
        events.publish(new CommentDriveClosed(driveId, campaignId, CommentDriveClosed.Reason.CLOSED_BY_ORGANIZER,
                now.plus(Duration.ofDays(2)), 0, organizer, Instant.now()));
        events.publish(new ShiftCancelled(shiftId, campaignId, ShiftCancelled.Scope.SHIFT, null, null, null,
                ShiftCancelled.CancelledBy.ORGANIZER, organizer, 0, Instant.now()));

        await().atMost(SECONDS).untilAsserted(() -> {
            assertThat(fixtures.page(page, "en"))
                    .doesNotContain("/petitions/" + petitionId, "/comments/drives/" + driveId,
                            "/outreach/shifts/" + shiftId)
                    .contains("Nothing is open right now.");
            assertThat(fixtures.page(page, "es")).contains("No hay nada abierto por ahora.")
                    .doesNotContain("/petitions/" + petitionId);
        });
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
