package org.plaza.insights.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.campaign;
import static org.plaza.insights.support.Fixtures.id;
import static org.plaza.insights.support.Fixtures.petition;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.plaza.events.petitions.PetitionDeadlineExtended;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.testsupport.security.Role;

/** Operators see a petition's extended closing date, also when its publication arrives again later. */
class PetitionDeadlineTest extends InsightsServiceTest {

    @Test
    void anExtensionMovesTheClosingDateAndARedeliveredPublicationDoesNotUndoIt() {
        String campaign = id("cmp");
        String petition = id("pet");
        Instant original = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        Instant extended = original.plus(6, ChronoUnit.DAYS);
        events.publish(campaign(campaign, "Agua limpia", "Clean water", "org-d"));
        events.publish(petition(petition, campaign, original));
        events.publish(new PetitionDeadlineExtended(petition, campaign, original, extended, "stf-1", Instant.now()));
        events.publish(petition(petition, campaign, original));
        // Same key, so it is handled after the redelivery: once it shows, every earlier event has been handled.
        events.publish(new PetitionDelivered(petition, campaign, LocalDate.now(), "PUBLIC_MEETING", 0, "org-d", Instant.now()));

        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> assertThat(
                api().getJson("/api/staff/insights/campaigns/" + campaign, "op-1", Role.OPERATOR)
                        .at("/petitions/0/deliveredOn").asString()).isNotBlank());
        assertThat(Instant.parse(api().getJson("/api/staff/insights/campaigns/" + campaign, "op-1", Role.OPERATOR)
                .at("/petitions/0/closesAt").asString())).isEqualTo(extended);
    }
}
