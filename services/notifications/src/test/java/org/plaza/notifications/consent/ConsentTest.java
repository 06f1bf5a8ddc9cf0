package org.plaza.notifications.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.events.supporters.SupporterConsentChanged;
import org.plaza.notifications.NotificationsServiceTest;
import org.plaza.notifications.template.Category;
import org.plaza.starter.supporter.SupporterIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Unsubscribing stops optional messages for every variant of the address, never verification codes. */
class ConsentTest extends NotificationsServiceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UnsubscribeLinks links;

    @Autowired
    SupporterIds supporterIds;

    @Autowired
    Suppressions suppressions;

    @Test
    void oneClickUnsubscribeStopsCampaignUpdatesButNotVerificationCodes() throws Exception {
        String local = "r" + uniqueId("x").replace("-", "");
        String first = local + "@gmail.com";
        String variant = local.charAt(0) + "." + local.substring(1) + "+news@gmail.com";

        events.publish(update(uniqueId("ntf-upd"), first));
        String header = awaitMessagesTo(first, 1).get(0).getHeader("List-Unsubscribe")[0];
        URI link = URI.create(header.substring(1, header.length() - 1));

        mvc.perform(post(link.getPath()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk());

        String suppressedUpdate = uniqueId("ntf-upd");
        events.publish(update(suppressedUpdate, variant));
        String verificationId = uniqueId("ntf-code");
        events.publish(verification(verificationId, "en", variant));

        assertThat(awaitState(suppressedUpdate, "SUPPRESSED").attempts()).isZero();
        awaitState(verificationId, "SENT");
        assertThat(awaitMessagesTo(variant, 1)).hasSize(1)
                .allSatisfy(message -> assertThat(message.getSubject()).startsWith("Confirm your signature"));
        assertThat(messagesTo(first)).hasSize(1);
    }

    @Test
    void unsubscribePageAsksInSpanishWithAPostButtonAndChangesNothingOnOpen() throws Exception {
        String key = supporterIds.supporterId(address("example.org"));
        String token = links.tokenFor(key, Category.REMINDERS);

        mvc.perform(get("/notifications/unsubscribe/" + token).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"es\""),
                        containsString("Deja de recibir recordatorios"),
                        containsString("method=\"post\""),
                        containsString("name=\"_csrf\""),
                        containsString("Darme de baja de recordatorios"))));

        assertThat(suppressions.suppressed(key, Category.REMINDERS)).isFalse();
    }

    @Test
    void unsubscribeButtonInEnglishConfirmsAndOffersToUndo() throws Exception {
        String key = supporterIds.supporterId(address("example.org"));
        String token = links.tokenFor(key, Category.INVITATIONS);

        mvc.perform(post("/notifications/unsubscribe/" + token + "?lang=en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("You are unsubscribed"),
                        containsString("will no longer receive volunteering invitations"),
                        containsString("/resubscribe"))));
        assertThat(suppressions.suppressed(key, Category.INVITATIONS)).isTrue();
        assertThat(suppressions.suppressed(key, Category.REMINDERS)).isFalse();

        mvc.perform(post("/notifications/unsubscribe/" + token + "/resubscribe?lang=en").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You are subscribed again")));
        assertThat(suppressions.suppressed(key, Category.INVITATIONS)).isFalse();
    }

    @Test
    void unsubscribeFromEverythingOptionalCoversEveryOptionalCategory() throws Exception {
        String key = supporterIds.supporterId(address("example.org"));
        String token = links.tokenFor(key, Category.CAMPAIGN_UPDATES);

        mvc.perform(post("/notifications/unsubscribe/" + token + "?lang=es").param("scope", "all").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ya no recibirá novedades de campañas, recordatorios ni invitaciones")));

        for (Category category : Category.values()) {
            assertThat(suppressions.suppressed(key, category)).as(category.name()).isEqualTo(!category.alwaysSent());
        }
    }

    @Test
    void resubscribingWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        String token = links.tokenFor(supporterIds.supporterId(address("example.org")), Category.REMINDERS);

        mvc.perform(post("/notifications/unsubscribe/" + token + "/resubscribe")).andExpect(status().isForbidden());
    }

    @Test
    void tamperedLinkShowsABilingualErrorPageAndUnsubscribesNobody() throws Exception {
        String key = supporterIds.supporterId(address("example.org"));
        String token = links.tokenFor(key, Category.REMINDERS);
        String forged = links.tokenFor(key, Category.INVITATIONS).split("\\.")[0] + "." + token.split("\\.")[1];

        mvc.perform(post("/notifications/unsubscribe/" + forged + "?lang=en").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link does not work")));
        mvc.perform(get("/notifications/unsubscribe/not-a-token").param("lang", "es"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Este enlace no funciona")));

        assertThat(suppressions.suppressed(key, Category.INVITATIONS)).isFalse();
    }

    @Test
    void transactionalMessagesAreSentEvenToSomeoneWhoUnsubscribedFromEverything() {
        String email = address("example.org");
        suppressions.suppress(supporterIds.supporterId(email), Category.optional(), Instant.now());
        String requestId = uniqueId("ntf-shift");

        events.publish(request(requestId, "TRANSACTIONAL", "outreach.shift-confirmation", "es", email,
                Map.of("shiftTitle", "Puerta a puerta en Mecca", "startsAt", "sábado 16 de mayo, 9:00",
                        "place", "Mecca", "manageUrl", "https://plaza.example/outreach/s/1")));

        awaitState(requestId, "SENT");
        assertThat(awaitMessagesTo(email, 1)).hasSize(1);
    }

    @Test
    void consentWithdrawnOnTheMyDataPageStopsThatCategoryAndALateReplayOfAnOlderGrantDoesNotUndoIt() {
        String email = address("example.org");
        String key = supporterIds.supporterId(email);
        Instant withdrawnAt = Instant.now();

        events.publish(new SupporterConsentChanged(uniqueId("cnc"), key, "EMAIL", "CAMPAIGN_UPDATES", false,
                SupporterConsentChanged.MY_DATA_PAGE, withdrawnAt));
        await().atMost(Duration.ofSeconds(30)).until(() -> suppressions.suppressed(key, Category.CAMPAIGN_UPDATES));
        events.publish(new SupporterConsentChanged(uniqueId("cnc"), key, "EMAIL", "CAMPAIGN_UPDATES", true,
                SupporterConsentChanged.MY_DATA_PAGE, withdrawnAt.minusSeconds(60)));
        events.publish(new SupporterConsentChanged(uniqueId("cnc"), key, "SMS", "REMINDERS", false,
                SupporterConsentChanged.MY_DATA_PAGE, withdrawnAt));
        String update = uniqueId("ntf-upd");
        events.publish(update(update, email));

        assertThat(awaitState(update, "SUPPRESSED").attempts()).isZero();
        assertThat(suppressions.suppressed(key, Category.CAMPAIGN_UPDATES)).isTrue();
        assertThat(suppressions.suppressed(key, Category.REMINDERS)).as("email reminders").isFalse();
        await("text reminders").atMost(Duration.ofSeconds(30))
                .until(() -> suppressions.suppressed(TextConsent.supporterKey(key), Category.REMINDERS));
    }

    @Test
    void consentGrantedAgainOnTheMyDataPageLiftsTheSuppression() {
        String key = supporterIds.supporterId(address("example.org"));
        suppressions.suppress(key, List.of(Category.INVITATIONS), Instant.now().minusSeconds(600));

        events.publish(new SupporterConsentChanged(uniqueId("cnc"), key, "EMAIL", "INVITATIONS", true,
                SupporterConsentChanged.MY_DATA_PAGE, Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> !suppressions.suppressed(key, Category.INVITATIONS));
    }
}
