package org.plaza.comments.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plaza.comments.Fixtures.comment;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.comments.support.TestClock;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The staff pages in both languages: public bodies, opening a drive, the moderation queue, groups and the
 * packet; refusals are shown next to their fields; strangers are refused.
 */
@CommentsServiceTest
class StaffPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;

    @Test
    void anOrganizerAddsABodyAndOpensADriveFromThePagesWithRefusalsNextToTheirFields() throws Exception {
        String admin = fixtures.admin();
        assertThat(html(get("/staff/comments/bodies/new?lang=es"), admin)).contains("Agregar un organismo público",
                "Correo del secretario", "Junta del distrito de agua", "name=\"_csrf\"");

        String name = "Desert Sands School Board " + System.nanoTime();
        String refused = send(bodyForm(name, "Mars/Olympus", "en"), admin)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Please fix these fields", "id=\"timeZone-error\"",
                "Use a time zone such as America/Los_Angeles", "value=\"" + name + "\"");
        assertThat(send(bodyForm(name, "Mars/Olympus", "es"), admin)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("Corrige estos campos", "Usa una zona horaria como America/Los_Angeles");

        send(bodyForm(name, "America/Los_Angeles", "es"), admin).andExpect(status().is3xxRedirection());
        assertThat(html(get("/staff/comments/bodies?lang=en"), admin)).contains(name, "School district board",
                "Closes 24 h before the meeting; up to 1500 characters");
        String bodyId = fixtures.getJson("/api/staff/comments/bodies", admin).valueStream()
                .filter(body -> body.get("name").asString().equals(name)).findFirst().orElseThrow().get("id")
                .asString();

        assertThat(html(get("/staff/comments/drives/new?lang=en"), admin)).contains("Open a drive",
                "Talking points in Spanish", "Talking points in English", name);
        String missing = send(driveForm(bodyId, "es", "", null), admin)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("id=\"titleEn-error\"", "El título en inglés es obligatorio para abrir una campaña",
                "Aumento de tarifas escolares");
        String past = send(driveForm(bodyId, "en", "School fee increase", "2001-01-01T10:00"), admin)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(past).contains("Deadline in the past", "id=\"commentDeadline-error\"",
                "The comment deadline would be in the past");

        String location = send(driveForm(bodyId, "es", "School fee increase", null), admin).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(html(get(location + "?lang=en"), admin)).contains("Open for comments",
                "Agenda item 4: School fee increase", "Aumento de tarifas escolares", "Families cannot pay more",
                "Las familias no pueden pagar más", "Close comments now", "Moderation", "Mass-comment groups");
        assertThat(html(get("/staff/comments/drives?lang=es"), admin)).contains("Aumento de tarifas escolares",
                "Abierta a comentarios");
    }

    @Test
    void moderatorsDecideInThePageAndOrganizersRegroupAndDeliverThePacket() throws Exception {
        String driveId = fixtures.drive(fixtures.body(1000), Duration.ofDays(2), false);
        String same = "No al aumento de la tarifa del agua, las familias no pueden pagar más.";
        String ana = fixtures.submitAndConfirm(driveId, comment("Ana Ruiz", "ana@example.org", "MECCA", "OPPOSE", same));
        String luis = fixtures.submitAndConfirm(driveId, comment("Luis Soto", "luis@example.org", "THERMAL", "OPPOSE",
                same));
        String rude = fixtures.submitAndConfirm(driveId, comment("Grosero", "g@example.org", "OASIS", "SUPPORT",
                "Son unos idiotas."));
        String moderator = fixtures.token("mod-pages", Role.MODERATOR);
        String queue = "/staff/comments/drives/" + driveId + "/moderation";

        assertThat(html(get(queue + "?lang=es"), moderator)).contains("Ana Ruiz", "Luis Soto", "Posiblemente ofensivo",
                "Motivo del rechazo", "Aprobar los comentarios marcados", "form=\"bulk\"");
        String refused = send(post(queue + "?lang=es").param("commentIds", rude).param("form", rude)
                .param("decision", "REJECTED"), moderator).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"error-" + rude + "\"", "Indica un motivo");
        send(post(queue).param("commentIds", rude).param("form", rude).param("decision", "REJECTED")
                .param("reason", "ABUSIVE"), moderator).andExpect(status().is3xxRedirection());
        send(post(queue).param("commentIds", ana, luis).param("decision", "APPROVED"), moderator)
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(queue + "?state=APPROVED&lang=en"), moderator)).contains("Ana Ruiz", "Luis Soto")
                .doesNotContain("Grosero");
        assertThat(html(get(queue + "?state=REJECTED&lang=en"), moderator)).contains("Grosero", "Abusive");

        String badTranslation = send(post(queue + "/translations/" + ana + "?lang=en").param("text", "No\u0007")
                .param("state", "APPROVED"), moderator).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badTranslation).contains("id=\"translation-error-" + ana + "\"", "Use at most 20000 characters");
        send(post(queue + "/translations/" + ana).param("text", "No to the water rate increase.")
                .param("state", "APPROVED"), moderator).andExpect(status().is3xxRedirection());
        assertThat(html(get(queue + "?state=APPROVED&lang=en"), moderator)).contains("No to the water rate increase.");

        String admin = fixtures.admin();
        String groups = "/staff/comments/drives/" + driveId + "/groups";
        assertThat(html(get(groups + "?lang=es"), admin)).contains("Enviado por 2 residentes", same);
        assertThat(send(post(groups + "/merge?lang=es").param("groupKeys", ana), admin)
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("id=\"merge-error\"", "Marca al menos dos grupos para unirlos");
        String groupKey = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/groups", admin).get(0)
                .get("groupKey").asString();
        assertThat(html(get(groups + "/" + groupKey + "?lang=en"), admin)).contains("Ana Ruiz", "Luis Soto");
        send(post(groups + "/" + groupKey + "/split").param("commentIds", luis), admin)
                .andExpect(status().is3xxRedirection());
        assertThat(html(get(groups + "?lang=en"), admin)).contains("There are no groups of two or more comments.");
        send(post(groups + "/merge").param("groupKeys", groupKey, luis), admin).andExpect(status().is3xxRedirection());
        assertThat(html(get(groups + "?lang=en"), admin)).contains("Sent by 2 residents");

        String packets = "/staff/comments/drives/" + driveId + "/packets";
        assertThat(send(post(packets + "?lang=en"), admin).andExpect(status().isConflict()).andReturn()
                .getResponse().getContentAsString()).contains("Drive still open");
        send(post("/staff/comments/drives/" + driveId + "/close"), admin).andExpect(status().is3xxRedirection());
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                html(get(packets + "?lang=en"), admin)).contains("Delivery 1: sent on"));
        String page = html(get(packets + "?lang=es"), admin);
        assertThat(page).contains("Preparado el", "Descargar el PDF", "Entregar al secretario otra vez",
                "En contra: 2");
        String packetId = fixtures.getJson("/api/staff/comments/drives/" + driveId + "/packets", admin).get(0)
                .get("packetId").asString();
        mvc.perform(get("/staff/comments/packets/" + packetId + "/pdf").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        assertThat(mvc.perform(get("/staff/comments/packets/" + packetId + "/csv")
                .header(HttpHeaders.AUTHORIZATION, admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Ana Ruiz", "Luis Soto");
        send(post("/staff/comments/packets/" + packetId + "/deliveries"), admin).andExpect(status().is3xxRedirection());
        assertThat(html(get(packets + "?lang=en"), admin)).contains("Delivery 1: sent on", "Delivery 2: sent on");
    }

    @Test
    void strangersAreRefusedAndOrganizersSeeOnlyTheirCampaignsDrives() throws Exception {
        String campaign = "cmp_pages_" + System.nanoTime();
        Map<String, Object> request = fixtures.driveRequest(fixtures.body(1000), Duration.ofDays(3), false);
        request.put("campaignId", campaign);
        String driveId = fixtures.postJson("/api/staff/comments/drives", fixtures.admin(), request).get("id")
                .asString();
        String drive = "/staff/comments/drives/" + driveId;

        mvc.perform(get("/staff/comments/drives")).andExpect(status().isUnauthorized());
        mvc.perform(get(drive)).andExpect(status().isUnauthorized());
        String moderator = fixtures.token("mod-strange", Role.MODERATOR);
        mvc.perform(get("/staff/comments/bodies/new").header(HttpHeaders.AUTHORIZATION, moderator))
                .andExpect(status().isForbidden());
        send(bodyForm("Not allowed", "America/Los_Angeles", "en"), moderator).andExpect(status().isForbidden());
        mvc.perform(get(drive + "/packets").header(HttpHeaders.AUTHORIZATION, moderator))
                .andExpect(status().isForbidden());
        mvc.perform(get(drive).header(HttpHeaders.AUTHORIZATION, fixtures.token("op-1", Role.OPERATOR)))
                .andExpect(status().isForbidden());

        String organizer = fixtures.token("org-pages", Role.ORGANIZER);
        mvc.perform(get(drive).header(HttpHeaders.AUTHORIZATION, organizer)).andExpect(status().isForbidden());
        send(post(drive + "/close"), organizer).andExpect(status().isForbidden());
        assertThat(html(get("/staff/comments/drives?lang=en"), organizer)).doesNotContain(driveId);

        events.publish(new CampaignTeamChanged(campaign, List.of("org-pages"), List.of("org-pages"), List.of(),
                "admin-1", Instant.now()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc
                .perform(get(drive).header(HttpHeaders.AUTHORIZATION, organizer)).andExpect(status().isOk()));
        assertThat(html(get("/staff/comments/drives?lang=en"), organizer)).contains(driveId);
        assertThat(html(get(drive + "/packets?lang=en"), organizer)).contains("No packet has been compiled yet.");
        mvc.perform(get(drive).header(HttpHeaders.AUTHORIZATION, fixtures.token("org-other", Role.ORGANIZER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDrivesPageNamesItsCampaignByTitleInThePagesLanguageAndCarriesTheStaffNavigation() throws Exception {
        String campaign = "cmp_titled_" + System.nanoTime();
        Map<String, Object> request = fixtures.driveRequest(fixtures.body(1000), Duration.ofDays(3), false);
        request.put("campaignId", campaign);
        String admin = fixtures.admin();
        String drive = "/staff/comments/drives/" + fixtures.postJson("/api/staff/comments/drives", admin, request)
                .get("id").asString();
        assertThat(html(get(drive + "?lang=en"), admin)).contains(campaign);

        events.publish(new CampaignUpdated(campaign, "Agua limpia para Oasis", "Clean water for Oasis", "WATER",
                List.of("OASIS"), null, null, "admin-1", Instant.now()));

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                html(get(drive + "?lang=en"), admin)).contains("Clean water for Oasis").doesNotContain(campaign));
        String spanish = html(get(drive + "?lang=es"), admin);
        assertThat(spanish).contains("Agua limpia para Oasis", "<nav class=\"staff-nav\" aria-label=\"Personal\">",
                "<a href=\"/staff/comments/drives\" aria-current=\"page\">Campañas de comentarios</a>",
                "<a href=\"/sign-out\">Cerrar sesión</a>");
    }

    private static MockHttpServletRequestBuilder bodyForm(String name, String timeZone, String lang) {
        return post("/staff/comments/bodies?lang=" + lang).param("name", name).param("kind", "SCHOOL_DISTRICT_BOARD")
                .param("clerkEmail", "clerk@dsusd.example.org").param("clerkLanguage", "es")
                .param("timeZone", timeZone).param("meetingLanguage", "en")
                .param("deadlineHoursBeforeMeeting", "24").param("commentLengthLimit", "1500");
    }

    private static MockHttpServletRequestBuilder driveForm(String bodyId, String lang, String titleEn,
            String commentDeadline) {
        LocalDateTime deadline = LocalDateTime.ofInstant(TestClock.shared().instant().plus(Duration.ofDays(5)),
                Fixtures.PACIFIC).truncatedTo(ChronoUnit.MINUTES);
        return post("/staff/comments/drives?lang=" + lang).param("campaignId", "cmp_water").param("publicBodyId", bodyId)
                .param("meetingStartsAt", deadline.plusDays(1).toString()).param("agendaItemNumber", "4")
                .param("titleEs", "Aumento de tarifas escolares").param("titleEn", titleEn)
                .param("agendaUrl", "").param("decisionEs", "La junta decide las tarifas.")
                .param("decisionEn", "The board decides the fees.")
                .param("talkingPointsEs", "Las familias no pueden pagar más")
                .param("talkingPointsEn", "Families cannot pay more").param("commentDeadline", commentDeadline != null ? commentDeadline : deadline.toString())
                .param("speakingRequestsAllowed", "true");
    }

    private org.springframework.test.web.servlet.ResultActions send(MockHttpServletRequestBuilder request,
            String bearer) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer).with(Fixtures.CSRF));
    }

    private String html(MockHttpServletRequestBuilder request, String bearer) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, bearer)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
