package org.plaza.supporters.broadcast.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.access.CampaignTeamProjection;
import org.plaza.starter.id.Ids;
import org.plaza.supporters.broadcast.Broadcast;
import org.plaza.supporters.broadcast.BroadcastChannel;
import org.plaza.supporters.broadcast.BroadcastQueue;
import org.plaza.supporters.broadcast.BroadcastStatus;
import org.plaza.supporters.broadcast.Broadcasts;
import org.plaza.supporters.broadcast.Recipient;
import org.plaza.supporters.broadcast.ShortText;
import org.plaza.supporters.testing.StoredAudience;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The organizer's broadcast pages, as a browser without JavaScript uses them: both languages required with the error
 * next to each field, campaign access, the second approval above the size the admin set, the test to oneself, the
 * refusals of a bad schedule or an empty audience, the follow-ups, the organizer's text shown escaped, and texts: a
 * short text in each language within three segments, who gets what, the segments and the cost, and the confirmation.
 */
@SupportersTest
class BroadcastPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffTokens tokens;

    @Autowired
    CampaignTeamProjection teams;

    @Autowired
    StoredAudience audience;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    KafkaTestEvents events;

    @Autowired
    BroadcastQueue queue;

    @Test
    void bothLanguagesAreRequiredAndEachMissingFieldIsNamedNextToItInTheOrganizersLanguage() throws Exception {
        String campaign = campaignOf("org-ana");

        String english = page(as("org-ana", post(broadcastsOf(campaign) + "?lang=en").param("esSubject", "Hola")
                .param("esBody", "Texto")), 400);
        assertThat(english).contains("Write the subject in English.", "Write the message in English.",
                "id=\"enSubject-error\"", "aria-invalid=\"true\"").doesNotContain("Write the subject in Spanish.");
        String spanish = page(as("org-ana", post(broadcastsOf(campaign) + "?lang=es").param("enSubject", "Hello")
                .param("enBody", "Text")), 400);
        assertThat(spanish).contains("Escribe el asunto en español.", "Escribe el mensaje en español.");
        assertThat(broadcasts.findByCampaignIdOrderByCreatedAtDesc(campaign)).isEmpty();
    }

    @Test
    void aBroadcastFormThatComesBackWithErrorsAnswers400AndKeepsWhatWasTyped() throws Exception {
        String campaign = campaignOf("org-ana");
        String id = draft(campaign, "org-ana", "Hola", "Hello");

        assertThat(page(as("org-ana", post(broadcastsOf(campaign) + "?lang=en").param("esSubject", "Asunto tecleado")), 400))
                .contains("value=\"Asunto tecleado\"", "Write the subject in English.");
        assertThat(page(as("org-ana", post("/staff/supporters/broadcasts/" + id + "?lang=es").param("esSubject", "Otro asunto")),
                400)).contains("value=\"Otro asunto\"", "Escribe el asunto en inglés.");
    }

    @Test
    void anOrganizerOfAnotherCampaignNeitherSeesNorWritesItsBroadcasts() throws Exception {
        String campaign = campaignOf("org-ana");
        String id = draft(campaign, "org-ana", "Hola", "Hello");
        campaignOf("org-eve");

        mvc.perform(as("org-eve", get("/staff/supporters/broadcasts/" + id))).andExpect(status().isForbidden());
        mvc.perform(as("org-eve", post("/staff/supporters/broadcasts/" + id + "/send"))).andExpect(status().isForbidden());
        mvc.perform(as("org-eve", post(broadcastsOf(campaign)).param("esSubject", "a").param("esBody", "b")
                .param("enSubject", "c").param("enBody", "d"))).andExpect(status().isForbidden());
        mvc.perform(tokenFor("admin-1", Role.ADMIN, get("/staff/supporters/broadcasts/" + id))).andExpect(status().isOk());
    }

    @Test
    void aBroadcastAboveTheThresholdWaitsForASecondOrganizerNotItsAuthorAndThePageShowsWhoApproved() throws Exception {
        String campaign = campaignOf("org-ana", "org-luis");
        audience.add(campaign, campaign + "-", 501, 0, null, "MECCA");
        String id = draft(campaign, "org-ana", "Hola", "Hello");

        mvc.perform(as("org-ana", post("/staff/supporters/broadcasts/" + id + "/send").param("when", "now")))
                .andExpect(status().isSeeOther());
        assertThat(broadcasts.findById(id).orElseThrow().status()).isEqualTo(BroadcastStatus.AWAITING_APPROVAL);
        assertThat(page(as("org-ana", get("/staff/supporters/broadcasts/" + id + "?lang=en")), 200))
                .contains("Awaiting a second approval", "It goes to 501 supporters, more than 500")
                .doesNotContain("Approve it");

        mvc.perform(as("org-ana", post("/staff/supporters/broadcasts/" + id + "/approve"))).andExpect(status().isForbidden());
        assertThat(broadcasts.findById(id).orElseThrow().status()).isEqualTo(BroadcastStatus.AWAITING_APPROVAL);

        assertThat(page(as("org-luis", get("/staff/supporters/broadcasts/" + id + "?lang=en")), 200)).contains("Approve it");
        mvc.perform(as("org-luis", post("/staff/supporters/broadcasts/" + id + "/approve"))).andExpect(status().isSeeOther());

        Broadcast approved = broadcasts.findById(id).orElseThrow();
        assertThat(approved.status()).isEqualTo(BroadcastStatus.SCHEDULED);
        assertThat(approved.approvedBy()).isEqualTo("org-luis");
        assertThat(page(as("org-ana", get("/staff/supporters/broadcasts/" + id + "?lang=es")), 200))
                .contains("Programado", "Aprobado por org-luis");
        StaffActionAudited audit = events.awaitEvent(StaffActionAudited.class,
                e -> e.itemId().equals(id) && e.action().equals("APPROVE"), Duration.ofSeconds(30)).event();
        assertThat(audit.staffId()).isEqualTo("org-luis");
        assertThat(audit.itemType()).isEqualTo("BROADCAST");
        assertThat(audit.service()).isEqualTo("supporters");
    }

    @Test
    void aTestGoesToTheStaffMembersOwnAddressInBothLanguagesAndWithoutOneSaysWhereToAddIt() throws Exception {
        String campaign = campaignOf("org-ana");
        String id = draft(campaign, "org-ana", "Hola", "Hello");

        mvc.perform(tokenWithEmail("org-ana", "ana@alianza.example",
                post("/staff/supporters/broadcasts/" + id + "/test"))).andExpect(status().isSeeOther());

        List<NotificationRequested> tests = events.awaitEvents(NotificationRequested.class,
                r -> r.requestId().startsWith(id + ":test:1:"), 2, Duration.ofSeconds(30)).stream()
                .map(e -> e.event()).toList();
        assertThat(tests).extracting(NotificationRequested::recipientEmail).containsOnly("ana@alianza.example");
        assertThat(tests).extracting(NotificationRequested::locale).containsExactlyInAnyOrder("es", "en");
        assertThat(tests).extracting(NotificationRequested::templateKey).containsOnly("supporters.broadcast");

        assertThat(page(as("org-ana", post("/staff/supporters/broadcasts/" + id + "/test?lang=en")), 400))
                .contains("Your staff account has no email address, so there is nowhere to send the test");
        assertThat(page(as("org-ana", post("/staff/supporters/broadcasts/" + id + "/test?lang=es")), 400))
                .contains("Tu cuenta del equipo no tiene correo");
        assertThat(page(as("org-ana", get("/staff/supporters/broadcasts/" + id + "?lang=en")), 200))
                .contains("Your staff account has no email address yet");
    }

    @Test
    void aTimeInThePastAndAnAudienceOfNobodyAreRefusedNextToTheirFields() throws Exception {
        String campaign = campaignOf("org-ana");
        audience.add(campaign, campaign + "-", 3, 0, null, "OASIS");
        String id = draft(campaign, "org-ana", "Hola", "Hello");

        assertThat(page(as("org-ana", post("/staff/supporters/broadcasts/" + id + "/send?lang=en").param("when", "later")
                .param("sendAt", "2020-01-01T10:00")), 400)).contains("id=\"sendAt-error\"", "Choose a time that has not passed yet.");

        String nobody = draft(campaignOf("org-ana"), "org-ana", "Hola", "Hello");
        assertThat(page(as("org-ana", post("/staff/supporters/broadcasts/" + nobody + "/send?lang=es").param("when", "now")), 400))
                .contains("id=\"audience-error\"", "Nadie coincide con este público");
        assertThat(broadcasts.findById(id).orElseThrow().status()).isEqualTo(BroadcastStatus.DRAFT);
    }

    @Test
    void theBoardMeetingFollowUpIsABilingualDraftForThePetitionsSignersInOneCommunity() throws Exception {
        String campaign = campaignOf("org-ana");

        String location = mvc.perform(as("org-ana", post(broadcastsOf(campaign) + "/follow-ups/board-meeting")
                        .param("community", "MECCA").param("meetingDate", "2026-12-15")))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

        Broadcast draft = broadcasts.findById(location.replaceAll(".*/broadcasts/([^?]+).*", "$1")).orElseThrow();
        assertThat(draft.status()).isEqualTo(BroadcastStatus.DRAFT);
        assertThat(draft.audience().did()).isEqualTo("SIGNED");
        assertThat(draft.audience().community()).isEqualTo("MECCA");
        assertThat(draft.es().subject()).contains("martes, 15 de diciembre de 2026");
        assertThat(draft.es().body()).contains("Mecca");
        assertThat(draft.en().subject()).contains("Tuesday, December 15, 2026");
    }

    @Test
    void theSupporterListLeadsToTheChosenCampaignsBroadcasts() throws Exception {
        String campaign = campaignOf("org-ana");

        assertThat(page(as("org-ana", get("/staff/supporters?campaign=" + campaign + "&lang=en")), 200))
                .contains("/staff/supporters/campaigns/" + campaign + "/broadcasts", "Broadcasts to this campaign’s supporters");
        assertThat(page(as("org-ana", get(broadcastsOf(campaign) + "?lang=en")), 200))
                .contains("The board meets: come and speak", "Thank you, we won");
    }

    @Test
    void theWeWonFollowUpGoesToEveryoneWhoActedOnTheCampaign() throws Exception {
        String campaign = campaignOf("org-ana");

        mvc.perform(as("org-ana", post(broadcastsOf(campaign) + "/follow-ups/we-won"))).andExpect(status().isSeeOther());

        Broadcast draft = broadcasts.findByCampaignIdOrderByCreatedAtDesc(campaign).get(0);
        assertThat(draft.audience().did()).isNull();
        assertThat(draft.audience().community()).isNull();
        assertThat(draft.es().subject()).isEqualTo("Gracias: ganamos");
        assertThat(draft.en().subject()).isEqualTo("Thank you: we won");
    }

    @Test
    void thePreviewShowsTheOrganizersTextEscapedInParagraphs() throws Exception {
        String campaign = campaignOf("org-ana");
        String id = draft(campaign, "org-ana", "<b>Hola</b>", "Hello");
        Broadcast broadcast = broadcasts.findById(id).orElseThrow();

        String page = page(as("org-ana", get("/staff/supporters/broadcasts/" + broadcast.id())), 200);

        assertThat(page).contains("&lt;b&gt;Hola&lt;/b&gt;", "<p>Primer párrafo &lt;script&gt;x&lt;/script&gt;<br>segunda línea</p>")
                .doesNotContain("<script>x</script>", "<b>Hola</b>");
    }

    @Test
    void aBroadcastByTextNeedsAShortTextInEachLanguageRefusedNextToItsFieldInTheOrganizersLanguage() throws Exception {
        String campaign = campaignOf("org-ana");

        String english = page(as("org-ana", post(broadcastsOf(campaign) + "?lang=en").param("channel", "SMS")
                .param("esSubject", "Hola").param("enSubject", "Hello").param("enText", "x".repeat(500))), 400);
        assertThat(english).contains("id=\"esText-error\"", "Write the text message in this language",
                "id=\"enText-error\"", "Too long for a text: as sent it takes 4 segments, more than 3.")
                .doesNotContain("Write the message in Spanish.");
        String spanish = page(as("org-ana", post(broadcastsOf(campaign) + "?lang=es").param("channel", "EMAIL_AND_SMS")
                .param("esSubject", "Hola").param("enSubject", "Hello").param("esBody", "Texto").param("enBody", "Text")
                .param("esText", "á".repeat(190)).param("enText", "Hello")), 400);
        assertThat(spanish).contains("Demasiado largo para un mensaje de texto",
                "Los acentos hacen que cada segmento tenga 70 caracteres");
        assertThat(broadcasts.findByCampaignIdOrderByCreatedAtDesc(campaign)).isEmpty();

        mvc.perform(as("org-ana", post(broadcastsOf(campaign)).param("channel", "SMS").param("esSubject", "Hola")
                .param("enSubject", "Hello").param("esText", "Hola").param("enText", "Hello")))
                .andExpect(status().isSeeOther());
        Broadcast texts = broadcasts.findByCampaignIdOrderByCreatedAtDesc(campaign).get(0);
        assertThat(texts.channel()).as("a text alone needs no email body").isEqualTo(BroadcastChannel.SMS);
        assertThat(texts.text()).isEqualTo(new ShortText("Hola", "Hello"));
    }

    @Test
    void beforeATextGoesTheOrganizerSeesWhoGetsWhatTheSegmentsAndTheCostAndConfirmsWithoutScript() throws Exception {
        String campaign = campaignOf("org-ana");
        String p = "sup_" + campaign + "-";
        audience.add(campaign, new Recipient(p + "a", p + "a@example.org", "Ana", "es", true, "+17605550121", true),
                null, "OASIS");
        audience.add(campaign, new Recipient(p + "b", null, "Ben", "en", false, "+17605550122", true), null, "OASIS");
        audience.add(campaign, new Recipient(p + "c", p + "c@example.org", "Cruz", "es", true), null, "OASIS");
        audience.add(campaign, new Recipient(p + "d", null, "Dora", "es", false, "+17605550124", false), null, "OASIS");
        String location = mvc.perform(as("org-ana", post(broadcastsOf(campaign)).param("channel", "EMAIL_AND_SMS")
                        .param("esSubject", "Hola").param("enSubject", "Hello").param("esBody", "Texto")
                        .param("enBody", "Text").param("esText", "La junta se reúne el martes.")
                        .param("enText", "The board meets Tuesday.")))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String id = location.replaceAll(".*/broadcasts/([^?]+).*", "$1");

        assertThat(page(as("org-ana", get("/staff/supporters/broadcasts/" + id + "?lang=es")), 200)).contains(
                "Plaza: La junta se reúne el martes. Responde ALTO para salir.",
                "Los acentos y otros caracteres (ú) hacen que cada segmento tenga 70 caracteres",
                "Por correo: 2 (en español 2, en inglés 0)", "Por mensaje de texto: 2 (en español 1, en inglés 1)",
                "Nada, por falta de permiso o de dirección o celular: 1",
                "Costo estimado de los mensajes de texto: 0.02 USD (2 segmentos a 0.0083 USD cada uno)");
        String english = page(as("org-ana", get("/staff/supporters/broadcasts/" + id + "?lang=en")), 200);
        assertThat(english).contains("Plaza: The board meets Tuesday. Reply STOP to opt out.",
                "Only characters of the basic text alphabet: each segment holds 160 characters",
                "By text message: 2 (in Spanish 1, in English 1)");

        String confirmation = page(as("org-ana", post("/staff/supporters/broadcasts/" + id + "/send?lang=en")
                .param("when", "now")), 200);
        assertThat(confirmation).contains("Confirm the broadcast", "By text message: 2", "Estimated cost of the texts",
                "name=\"confirm\" value=\"yes\"", "It goes now.").doesNotContain("<script");
        assertThat(broadcasts.findById(id).orElseThrow().status()).as("not sent before confirming")
                .isEqualTo(BroadcastStatus.DRAFT);

        mvc.perform(as("org-ana", post("/staff/supporters/broadcasts/" + id + "/send").param("when", "now")
                .param("confirm", "yes"))).andExpect(status().isSeeOther());
        assertThat(broadcasts.findById(id).orElseThrow().status()).isEqualTo(BroadcastStatus.SCHEDULED);
        events.awaitEvent(StaffActionAudited.class, e -> e.itemId().equals(id) && e.action().equals("SEND"),
                Duration.ofSeconds(30));

        queue.queueIfDue(id);
        assertThat(page(as("org-ana", get("/staff/supporters/broadcasts/" + id + "?lang=en")), 200))
                .contains("Emails", "Texts", "Skipped (no consent for any channel it went by, or no address or mobile number)");
    }

    @Test
    void aTextScheduledForThePastIsRefusedBeforeTheConfirmation() throws Exception {
        String campaign = campaignOf("org-ana");
        audience.add(campaign, campaign + "-", 2, 0, null, "OASIS");
        String location = mvc.perform(as("org-ana", post(broadcastsOf(campaign)).param("channel", "SMS")
                        .param("esSubject", "Hola").param("enSubject", "Hello").param("esText", "Hola")
                        .param("enText", "Hello")))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String id = location.replaceAll(".*/broadcasts/([^?]+).*", "$1");

        assertThat(page(as("org-ana", post("/staff/supporters/broadcasts/" + id + "/send?lang=en").param("when", "later")
                .param("sendAt", "2020-01-01T10:00")), 400)).contains("id=\"sendAt-error\"")
                .doesNotContain("Confirm and send");
    }

    private String draft(String campaign, String staffId, String esSubject, String enSubject) throws Exception {
        String location = mvc.perform(as(staffId, post(broadcastsOf(campaign)).param("esSubject", esSubject)
                        .param("esBody", "Primer párrafo <script>x</script>\nsegunda línea\n\nOtro").param("enSubject", enSubject)
                        .param("enBody", "First paragraph")))
                .andExpect(status().isSeeOther()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        return location.replaceAll(".*/broadcasts/([^?]+).*", "$1");
    }

    private String page(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(expectedStatus);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    private String campaignOf(String... organizers) {
        String campaign = Ids.random("cmp");
        teams.teamChanged(new CampaignTeamChanged(campaign, List.of(organizers), List.of(organizers), List.of(), "admin-1",
                Instant.now()));
        return campaign;
    }

    private static String broadcastsOf(String campaign) {
        return "/staff/supporters/campaigns/" + campaign + "/broadcasts";
    }

    private MockHttpServletRequestBuilder as(String staffId, MockHttpServletRequestBuilder request) {
        return tokenFor(staffId, Role.ORGANIZER, request);
    }

    private MockHttpServletRequestBuilder tokenFor(String staffId, Role role, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, StaffTokens.bearer(tokens.staffToken(staffId, role)));
    }

    private MockHttpServletRequestBuilder tokenWithEmail(String staffId, String email, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION,
                StaffTokens.bearer(tokens.staffTokenWithEmail(staffId, email, Role.ORGANIZER)));
    }
}
