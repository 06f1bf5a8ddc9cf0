package org.plaza.notifications.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.RecipientResubscribed;
import org.plaza.events.notifications.RecipientUnsubscribed;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.notifications.template.Category;
import org.plaza.starter.supporter.SupporterIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the requesting services hear back without personal data: a send the mail server accepted raises
 * {@code NotificationDelivered}, and a one-click unsubscribe raises {@code RecipientUnsubscribed} naming the message
 * whose link was used, so the supporters service can withdraw the same consent and count it against its broadcast;
 * "subscribe again" raises {@code RecipientResubscribed}, so it restores that consent.
 */
class UnsubscribeAnnouncedTest extends NotificationsServiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SupporterIds supporterIds;

    @Autowired
    Suppressions suppressions;

    @Test
    void aDeliveredBroadcastIsAnnouncedAndItsOneClickUnsubscribeNamesItAndTheSupporter() throws Exception {
        String email = address("example.org");
        String requestId = uniqueId("brd_test") + ":" + supporterIds.supporterId(email);
        var delivered = events.positionOf(NotificationDelivered.class);
        var unsubscribed = events.positionOf(RecipientUnsubscribed.class);

        events.publish(request(requestId, "CAMPAIGN_UPDATES", "supporters.broadcast", "en", email,
                Map.of("subject", "The board meets Tuesday", "body", "Come and speak.")));

        NotificationDelivered sent = events.awaitEvent(delivered, NotificationDelivered.class,
                event -> event.requestId().equals(requestId), Duration.ofSeconds(30)).event();
        assertThat(sent.requestingService()).isEqualTo("petitions");
        assertThat(sent.templateKey()).isEqualTo("supporters.broadcast");
        assertThat(sent.channel()).isEqualTo("EMAIL");

        String header = awaitMessagesTo(email, 1).get(0).getHeader("List-Unsubscribe")[0];
        URI link = URI.create(header.substring(1, header.length() - 1));
        assertThat(link.getQuery()).contains("via=" + requestId);
        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());

        RecipientUnsubscribed unsubscribe = events.awaitEvent(unsubscribed, RecipientUnsubscribed.class,
                event -> event.supporterId().equals(supporterIds.supporterId(email)), Duration.ofSeconds(30)).event();
        assertThat(unsubscribe.categories()).isEqualTo(List.of("CAMPAIGN_UPDATES"));
        assertThat(unsubscribe.channel()).isEqualTo("EMAIL");
        assertThat(unsubscribe.viaRequestId()).isEqualTo(requestId);
    }

    @Test
    void subscribingAgainFromTheUnsubscribePageIsAnnouncedSoSupportersRestoresTheConsent() throws Exception {
        String email = address("example.org");
        String requestId = uniqueId("brd_test") + ":" + supporterIds.supporterId(email);
        var resubscribed = events.positionOf(RecipientResubscribed.class);
        events.publish(request(requestId, "CAMPAIGN_UPDATES", "supporters.broadcast", "es", email,
                Map.of("subject", "La junta se reúne el martes", "body", "Ven a hablar.")));
        String header = awaitMessagesTo(email, 1).get(0).getHeader("List-Unsubscribe")[0];
        URI link = URI.create(header.substring(1, header.length() - 1));
        mvc.perform(post(link).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());

        mvc.perform(post(link.getPath() + "/resubscribe").with(csrf())).andExpect(status().isOk());

        RecipientResubscribed again = events.awaitEvent(resubscribed, RecipientResubscribed.class,
                event -> event.supporterId().equals(supporterIds.supporterId(email)), Duration.ofSeconds(30)).event();
        assertThat(again.categories()).isEqualTo(List.of("CAMPAIGN_UPDATES"));
        assertThat(again.channel()).isEqualTo("EMAIL");
        assertThat(suppressions.suppressed(supporterIds.supporterId(email), Category.CAMPAIGN_UPDATES)).isFalse();
    }
}
