package org.plaza.campaigns.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.campaigns.CampaignFixtures;
import org.plaza.campaigns.CampaignsServiceTest;
import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;

/**
 * The organizers' API with real tokens: drafts, the bilingual launch rule as localized problem details,
 * object-level access, and the lifecycle events that reach Kafka through the outbox.
 */
class StaffCampaignApiTest extends CampaignsServiceTest {

    private static final Duration KAFKA = Duration.ofSeconds(20);

    @Test
    void createsADraftWithTheCreatingOrganizerOnItsTeam() throws Exception {
        MvcResult created = fixtures.perform(fixtures.jsonBody(
                fixtures.as(post("/api/staff/campaigns"), organizer, Role.ORGANIZER),
                Map.of("title", Map.of("es", "Parques para Thermal"), "organizerStaffIds", List.of("stf-other"))));

        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode campaign = fixtures.read(created);
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo("/api/staff/campaigns/" + campaign.get("id").asString());
        assertThat(campaign.get("status").asString()).isEqualTo("DRAFT");
        assertThat(campaign.get("title").size()).as("only es and en").isEqualTo(2);
        assertThat(campaign.get("organizerStaffIds").values()).extracting(JsonNode::asString)
                .containsExactly(organizer, "stf-other");
        assertThat(campaign.get("missingForLaunch").values()).extracting(JsonNode::asString)
                .contains("title.en", "summary.es", "issueArea");
    }

    @Test
    void refusesToLaunchAnIncompleteCampaignWithLocalizedFieldErrors() throws Exception {
        String id = draft(Map.of("title", Map.of("es", "Parques para Thermal")));

        MvcResult spanish = fixtures.perform(fixtures.as(post("/api/staff/campaigns/{id}/launch", id), organizer,
                Role.ORGANIZER).header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
        MvcResult english = fixtures.perform(fixtures.as(post("/api/staff/campaigns/{id}/launch", id), organizer,
                Role.ORGANIZER).header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(spanish.getResponse().getStatus()).isEqualTo(409);
        assertThat(spanish.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode es = fixtures.read(spanish);
        assertThat(es.get("type").asString()).endsWith("/campaign-incomplete");
        assertThat(es.get("title").asString()).isEqualTo("La campaña no está lista para lanzarse");
        assertThat(errors(es)).containsEntry("title.en", "Escribe el título en inglés")
                .containsEntry("summary.es", "Escribe el resumen en español")
                .containsEntry("communities", "Elige al menos una comunidad");
        JsonNode en = fixtures.read(english);
        assertThat(en.get("title").asString()).isEqualTo("The campaign is not ready to launch");
        assertThat(errors(en)).containsEntry("title.en", "Write the title in English");
        assertThat(fixtures.read(fixtures.perform(fixtures.as(get("/api/staff/campaigns/{id}", id), organizer,
                Role.ORGANIZER))).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void launchesACompleteCampaignThroughTheOutbox() throws Exception {
        Position before = events.positionOf(CampaignLaunched.class);

        JsonNode launched = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign("lanzada"));

        String id = launched.get("id").asString();
        assertThat(launched.get("status").asString()).isEqualTo("LAUNCHED");
        assertThat(launched.get("page").asString()).startsWith("/campaigns/agua-limpia-para-oasis-lanzada");
        CampaignLaunched event = events.awaitEvent(before, CampaignLaunched.class, e -> e.campaignId().equals(id),
                KAFKA).event();
        assertThat(event.titleEs()).isEqualTo("Agua limpia para Oasis lanzada");
        assertThat(event.titleEn()).isEqualTo("Clean water for Oasis lanzada");
        assertThat(event.issueArea()).isEqualTo("WATER_AND_HOUSING_INFRASTRUCTURE");
        assertThat(event.communities()).containsExactly("OASIS", "THERMAL");
        assertThat(event.organizerStaffIds()).containsExactly(organizer);
        assertThat(event.staffId()).isEqualTo(organizer);
    }

    @Test
    void givesEachLaunchedCampaignItsOwnAddress() throws Exception {
        Map<String, Object> body = CampaignFixtures.completeCampaign("gemela " + UUID.randomUUID());

        String first = fixtures.launchedCampaign(organizer, body).get("slug").asString();
        String second = fixtures.launchedCampaign(organizer, body).get("slug").asString();

        assertThat(second).isEqualTo(first + "-2");
    }

    @Test
    void announcesUpdatesTeamChangesAndClosing() throws Exception {
        String id = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign("ciclo")).get("id")
                .asString();
        Position before = events.positionOf(CampaignUpdated.class, CampaignTeamChanged.class, CampaignClosed.class);

        Map<String, Object> revised = CampaignFixtures.completeCampaign("ciclo");
        revised.put("communities", List.of("MECCA"));
        assertThat(fixtures.perform(fixtures.jsonBody(fixtures.as(put("/api/staff/campaigns/{id}", id), organizer,
                Role.ORGANIZER), revised)).getResponse().getStatus()).isEqualTo(200);
        String colleague = CampaignFixtures.staffId();
        assertThat(fixtures.perform(fixtures.jsonBody(fixtures.as(put("/api/staff/campaigns/{id}/team", id),
                organizer, Role.ORGANIZER), Map.of("organizerStaffIds", List.of(organizer, colleague))))
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(fixtures.perform(fixtures.as(post("/api/staff/campaigns/{id}/close", id), colleague,
                Role.ORGANIZER)).getResponse().getStatus()).isEqualTo(200);

        assertThat(events.awaitEvent(before, CampaignUpdated.class, e -> e.campaignId().equals(id), KAFKA).event()
                .communities()).containsExactly("MECCA");
        CampaignTeamChanged team = events.awaitEvent(before, CampaignTeamChanged.class,
                e -> e.campaignId().equals(id), KAFKA).event();
        assertThat(team.organizerStaffIds()).containsExactly(organizer, colleague);
        assertThat(team.addedStaffIds()).containsExactly(colleague);
        assertThat(team.removedStaffIds()).isEmpty();
        assertThat(events.awaitEvent(before, CampaignClosed.class, e -> e.campaignId().equals(id), KAFKA).event()
                .staffId()).isEqualTo(colleague);

        MvcResult afterClose = fixtures.perform(fixtures.jsonBody(fixtures.as(put("/api/staff/campaigns/{id}", id),
                organizer, Role.ORGANIZER), revised));
        assertThat(afterClose.getResponse().getStatus()).isEqualTo(409);
        assertThat(fixtures.read(afterClose).get("type").asString()).endsWith("/campaign-closed");
    }

    @Test
    void organizersManageOnlyCampaignsWhoseTeamTheyAreOn() throws Exception {
        String id = draft(Map.of("title", Map.of("en", "Roads for Thermal")));
        String outsider = CampaignFixtures.staffId();

        MvcResult refused = fixtures.perform(fixtures.as(post("/api/staff/campaigns/{id}/close", id), outsider,
                Role.ORGANIZER).header(HttpHeaders.ACCEPT_LANGUAGE, "es"));
        MvcResult hidden = fixtures.perform(fixtures.as(get("/api/staff/campaigns"), outsider, Role.ORGANIZER));
        MvcResult admin = fixtures.perform(fixtures.as(get("/api/staff/campaigns/{id}", id), "stf-admin",
                Role.ADMIN));

        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(fixtures.read(refused).get("title").asString()).isEqualTo("No es tu campaña");
        assertThat(fixtures.read(refused).get("type").asString())
                .isEqualTo("https://plaza.example/problems/campaign-forbidden");
        assertThat(fixtures.read(hidden).values()).isEmpty();
        assertThat(admin.getResponse().getStatus()).isEqualTo(200);
        assertThat(fixtures.read(fixtures.perform(fixtures.as(get("/api/staff/campaigns"), organizer,
                Role.ORGANIZER))).values()).extracting(c -> c.get("id").asString()).containsExactly(id);
    }

    @Test
    void onlyOrganizersAndAdministratorsUseTheCampaignApi() throws Exception {
        assertThat(fixtures.perform(fixtures.as(get("/api/staff/campaigns"), "stf-mod", Role.MODERATOR))
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(fixtures.perform(get("/api/staff/campaigns")).getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() throws Exception {
        MvcResult refused = fixtures.perform(fixtures.jsonBody(fixtures.as(post("/api/staff/campaigns"), organizer,
                Role.ORGANIZER).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), Map.of(
                        "title", Map.of("es", "x".repeat(121)),
                        "communities", List.of("ATLANTIS"),
                        "startsOn", "2026-05-01", "endsOn", "2026-04-01",
                        "organizerStaffIds", List.of("not valid!"))));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(errors(fixtures.read(refused)))
                .containsEntry("title.es", "Must have at most 120 characters")
                .containsEntry("communities", "Choose a community from the list")
                .containsEntry("endsOn", "The last day must be on or after the first day")
                .containsKey("organizerStaffIds");
    }

    @Test
    void refusesATitleWithALineBreakInBothLanguages() throws Exception {
        MvcResult refused = fixtures.perform(fixtures.jsonBody(fixtures.as(post("/api/staff/campaigns"), organizer,
                Role.ORGANIZER).header(HttpHeaders.ACCEPT_LANGUAGE, "es"), Map.of(
                        "title", Map.of("es", "Agua limpia\r\npara Oasis", "en", "Clean water\nfor Oasis"))));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(errors(fixtures.read(refused)))
                .containsEntry("title.es", "Escríbelo en una sola línea, sin saltos de línea")
                .containsEntry("title.en", "Escríbelo en una sola línea, sin saltos de línea");
    }

    @Test
    void refusesAnIssueAreaOutsideTheFixedList() throws Exception {
        MvcResult refused = fixtures.perform(fixtures.jsonBody(fixtures.as(post("/api/staff/campaigns"), organizer,
                Role.ORGANIZER), Map.of("title", Map.of("es", "Agua"), "issueArea", "SPORTS")));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(errors(fixtures.read(refused))).containsKey("issueArea");
    }

    private String draft(Map<String, Object> body) throws Exception {
        MvcResult created = fixtures.perform(fixtures.jsonBody(
                fixtures.as(post("/api/staff/campaigns"), organizer, Role.ORGANIZER), body));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        return fixtures.read(created).get("id").asString();
    }

    private static Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.get("errors").values().forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
        return errors;
    }
}
