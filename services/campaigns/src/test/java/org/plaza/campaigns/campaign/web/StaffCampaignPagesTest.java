package org.plaza.campaigns.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plaza.campaigns.CampaignFixtures;
import org.plaza.campaigns.CampaignsServiceTest;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.testsupport.forms.FormChoices;
import org.plaza.testsupport.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The organizers' pages: bilingual forms, the launch refusal shown as an error summary with each
 * message next to its field, typed values kept, and the same access rules as the API.
 */
class StaffCampaignPagesTest extends CampaignsServiceTest {

    @Test
    void theNewCampaignFormIsBilingual() throws Exception {
        assertThat(body(fixtures.perform(organizer(get("/staff/campaigns/new?lang=es")))))
                .contains("Título en español", "Título en inglés", "Elige…", "Salton City", "Crear borrador");
        assertThat(body(fixtures.perform(organizer(get("/staff/campaigns/new?lang=en")))))
                .contains("Title in Spanish", "Summary in English", "Environmental justice", "Create draft");
    }

    @Test
    void theFormOffersExactlyThePlatformsCommunitiesAndIssueAreas() throws Exception {
        Vocabulary platform = Vocabulary.platformDefaults();
        String html = body(fixtures.perform(organizer(get("/staff/campaigns/new?lang=es"))));

        assertThat(FormChoices.of(html, "communities")).containsExactlyElementsOf(Vocabulary.codes(platform.communities()));
        assertThat(FormChoices.of(html, "issueArea")).containsExactlyElementsOf(Vocabulary.codes(platform.issueAreas()));
        assertThat(html).contains("Salton City", "Participación cívica");
    }

    @Test
    void createsADraftFromTheFormAndShowsWhatTheLaunchStillNeeds() throws Exception {
        MvcResult created = fixtures.perform(organizer(form(post("/staff/campaigns?lang=en"))
                .param("title.es", "Parques para Thermal").param("communities", "THERMAL")));

        assertThat(created.getResponse().getStatus()).as("See Other: a reload never posts the form again")
                .isEqualTo(303);
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).startsWith("/staff/campaigns/cmp_").endsWith("?done=created");
        String page = body(fixtures.perform(organizer(get(location + "&lang=en"))));
        assertThat(page).contains("Campaign created.", "value=\"Parques para Thermal\"", "Before launching, complete:",
                "Write the title in English", "checked");
    }

    @Test
    void aRefusedLaunchListsEveryMissingFieldAndPutsEachMessageNextToItsField() throws Exception {
        String location = fixtures.perform(organizer(form(post("/staff/campaigns"))
                .param("title.en", "Roads for Thermal"))).getResponse().getHeader(HttpHeaders.LOCATION);
        String edit = location.substring(0, location.indexOf('?'));

        MvcResult refused = fixtures.perform(organizer(post(edit + "/launch?lang=es")));

        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        String page = body(refused);
        assertThat(page).contains("class=\"error-summary\"", "Hay un problema",
                "href=\"#title-es\"", "Escribe el título en español", "href=\"#communities\"")
                .contains("id=\"title-es-error\"", "aria-describedby=\"title-es-error\"", "aria-invalid=\"true\"")
                .contains("value=\"Roads for Thermal\"");
        assertThat(body(fixtures.perform(organizer(post(edit + "/launch?lang=en")))))
                .contains("There is a problem", "Write the title in Spanish");
    }

    @Test
    void keepsWhatTheOrganizerTypedWhenAFieldIsInvalid() throws Exception {
        String location = fixtures.perform(organizer(form(post("/staff/campaigns"))
                .param("title.es", "Escuelas sanas"))).getResponse().getHeader(HttpHeaders.LOCATION);
        String edit = location.substring(0, location.indexOf('?'));

        MvcResult refused = fixtures.perform(organizer(form(post(edit + "?lang=en"))
                .param("title.es", "Escuelas sanas en Coachella").param("startsOn", "2026-05-01")
                .param("endsOn", "2026-04-01")));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("value=\"Escuelas sanas en Coachella\"", "value=\"2026-04-01\"",
                "The last day must be on or after the first day", "id=\"endsOn-error\"");
    }

    @Test
    void aTitleWithALineBreakIsRefusedNextToItsFieldAndKept() throws Exception {
        MvcResult refused = fixtures.perform(organizer(form(post("/staff/campaigns?lang=en"))
                .param("title.es", "Escuelas sanas").param("title.en", "Healthy\nschools")));

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("Write it on one line, without line breaks", "value=\"Escuelas sanas\"");
    }

    @Test
    void launchesACompleteCampaignFromItsPage() throws Exception {
        var launched = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign("pagina"));

        String page = body(fixtures.perform(organizer(get("/staff/campaigns/" + launched.get("id").asString()
                + "?lang=en"))));

        assertThat(page).contains("Launched", "See the public page", "Close campaign").doesNotContain("Launch campaign");
    }

    @Test
    void aLaunchedCampaignsPageLeadsItsTeamToItsPetitionsDrivesShiftsDashboardAndSupporters() throws Exception {
        var launched = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign("enlaces"));
        String id = launched.get("id").asString();

        String page = body(fixtures.perform(organizer(get("/staff/campaigns/" + id + "?lang=es"))));

        assertThat(page).contains("href=\"/staff/petitions/new\"", "href=\"/staff/comments/drives/new\"",
                "href=\"/staff/outreach/campaigns/" + id + "\"", "href=\"/staff/insights/campaigns/" + id + "\"",
                "href=\"/staff/supporters?campaign=" + id + "\"", "Turnos de voluntariado y reuniones comunitarias");
    }

    @Test
    void everyStaffPageCarriesTheStaffNavigationToEveryAreaAndSignOut() throws Exception {
        String id = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign("navegacion")).get("id")
                .asString();

        assertThat(body(fixtures.perform(organizer(get("/staff/campaigns?lang=es"))))).contains(
                "<nav class=\"staff-nav\" aria-label=\"Personal\">",
                "<a href=\"/staff/campaigns\" aria-current=\"page\">Campañas</a>",
                "<a href=\"/staff/petitions\">Peticiones</a>", "<a href=\"/staff/comments/drives\">",
                "<a href=\"/staff/supporters\">", "<a href=\"/staff/insights\">",
                "<a href=\"/sign-out\">Cerrar sesión</a>");
        assertThat(body(fixtures.perform(organizer(get("/staff/campaigns/" + id + "?lang=en")))))
                .contains("<a href=\"/staff/campaigns\" aria-current=\"page\">Campaigns</a>",
                        "<a href=\"/sign-out\">Sign out</a>");
    }

    @Test
    void organizersSeeOnlyTheirOwnCampaignsAndOthersAreRefused() throws Exception {
        String location = fixtures.perform(organizer(form(post("/staff/campaigns"))
                .param("title.es", "Solo mío"))).getResponse().getHeader(HttpHeaders.LOCATION);
        String edit = location.substring(0, location.indexOf('?'));
        String outsider = CampaignFixtures.staffId();

        assertThat(body(fixtures.perform(organizer(get("/staff/campaigns?lang=es"))))).contains("Solo mío");
        assertThat(body(fixtures.perform(fixtures.as(get("/staff/campaigns?lang=es"), outsider, Role.ORGANIZER))))
                .doesNotContain("Solo mío");
        assertThat(fixtures.perform(fixtures.as(get(edit), outsider, Role.ORGANIZER)).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(fixtures.perform(get(edit)).getResponse().getStatus()).isEqualTo(401);
    }

    private MockHttpServletRequestBuilder organizer(MockHttpServletRequestBuilder request) {
        return fixtures.as(request, organizer, Role.ORGANIZER);
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
