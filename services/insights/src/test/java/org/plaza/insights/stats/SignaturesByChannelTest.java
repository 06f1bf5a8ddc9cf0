package org.plaza.insights.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.campaign;
import static org.plaza.insights.support.Fixtures.id;
import static org.plaza.insights.support.Fixtures.now;
import static org.plaza.insights.support.Fixtures.petition;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.testsupport.security.Role;

import tools.jackson.databind.JsonNode;

/**
 * Signatures typed in from paper sheets and canvasses ({@code SignatureVerified.channel} PAPER_FORM, CANVASS) count
 * with the web ones, and the campaign's page and JSON split each petition's signatures by channel.
 */
class SignaturesByChannelTest extends InsightsServiceTest {

    @Test
    void aPetitionsSignaturesAreSplitByChannelAndAddUpToItsTotal() {
        String campaign = id("cmp");
        String petition = id("pet");
        events.publish(campaign(campaign, "Agua limpia", "Clean water", "org-1"));
        events.publish(petition(petition, campaign, now().plus(3, ChronoUnit.DAYS)));
        String[] channels = { "WEB", "PAPER_FORM", "PAPER_FORM", "CANVASS", "PAPER_FORM" };
        for (String channel : channels) {
            events.publish(new SignatureVerified(id("sig"), petition, campaign, id("sup"), "MECCA", "es", false, false,
                    channel, now().minus(5, ChronoUnit.MINUTES)));
        }
        String path = "/api/staff/insights/campaigns/" + campaign;

        JsonNode detail = await().atMost(Duration.ofSeconds(60)).until(() -> api().getJson(path, "org-1", Role.ORGANIZER),
                d -> d.at("/petitions/0/signatures").asLong() == 5);
        assertThat(detail.at("/petitions/0/byChannel/PAPER_FORM").asLong()).isEqualTo(3);
        assertThat(detail.at("/petitions/0/byChannel/CANVASS").asLong()).isEqualTo(1);
        assertThat(detail.at("/petitions/0/byChannel/WEB").asLong()).isEqualTo(1);
        assertThat(detail.at("/signaturesByChannel/PAPER_FORM").asLong()).isEqualTo(3);
        assertThat(api().get("/staff/insights/campaigns/" + campaign + "?lang=es", "org-1", Role.ORGANIZER).text())
                .contains("Formulario en papel 3", "Puerta a puerta 1", "Web 1");
    }
}
