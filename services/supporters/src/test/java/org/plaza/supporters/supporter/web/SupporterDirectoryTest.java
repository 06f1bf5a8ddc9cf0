package org.plaza.supporters.supporter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.plaza.supporters.supporter.SupporterStore;
import org.plaza.supporters.testing.Scenario;
import org.plaza.supporters.testing.SupportersTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The organizers' list, filters, one supporter's page with tags and notes, through pages and the JSON API. */
@SupportersTest
class SupporterDirectoryTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired SupporterStore store;

    @Test
    void anOrganizerSeesOnlyTheSupportersOfTheirCampaignsAndAnAdminSeesEveryone() throws Exception {
        String organizer = Scenario.unique("org");
        String mine = scenario.campaign(organizer);
        String theirs = scenario.campaign(Scenario.unique("other"));
        String ana = scenario.signer(mine, "Ana", "OASIS", "es", true);
        String bo = scenario.signer(theirs, "Bo", "OASIS", "en", true);

        mvc.perform(get("/api/staff/supporters").param("community", "OASIS")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.supporters[*].supporterId", hasItem(ana)))
                .andExpect(jsonPath("$.supporters[?(@.supporterId == '" + bo + "')]").isEmpty());
        mvc.perform(get("/api/staff/supporters").param("campaign", theirs)
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/campaign-forbidden"));
        mvc.perform(get("/api/staff/supporters/" + bo).header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/staff/supporters/" + bo).header(HttpHeaders.AUTHORIZATION, scenario.adminBearer()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value(bo + "@example.org"));
    }

    @Test
    void filtersCombineOnTheApiAndThePage() throws Exception {
        String organizer = Scenario.unique("org");
        String campaign = scenario.campaign(organizer);
        String oasisAgreed = scenario.signer(campaign, "Carmen", "OASIS", "es", true);
        scenario.signer(campaign, "Dario", "OASIS", "es", false);
        scenario.signer(campaign, "Elena", "MECCA", "es", true);
        String bearer = scenario.organizerBearer(organizer);

        mvc.perform(get("/api/staff/supporters").param("campaign", campaign).param("community", "OASIS")
                        .param("consent", "EMAIL:CAMPAIGN_UPDATES").param("did", "SIGNED").param("didNot", "VOLUNTEERED")
                        .header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.supporters[*].supporterId", containsInAnyOrder(oasisAgreed)));
        mvc.perform(get("/api/staff/supporters/count").param("campaign", campaign).header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(jsonPath("$.count").value(3));

        String page = mvc.perform(get("/staff/supporters?lang=en").param("campaign", campaign).param("community", "OASIS")
                        .param("consent", "EMAIL:CAMPAIGN_UPDATES").header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Carmen", "1 supporter").doesNotContain("Dario", "Elena", "<script");
        assertThat(page).contains("/staff/supporters/export.csv?campaign=" + campaign).contains(">Water " + campaign + "<");
        assertThat(page).as("the staff navigation of every staff page").contains(
                "<nav class=\"staff-nav\" aria-label=\"Staff\">",
                "<a href=\"/staff/supporters\" aria-current=\"page\">Supporters</a>", "<a href=\"/sign-out\">Sign out</a>");
    }

    @Test
    void aFilterThatIsNotOneOfTheChoicesIsAProblemOnTheApiAndAMessageNextToTheFieldOnThePage() throws Exception {
        String organizer = Scenario.unique("org");
        scenario.campaign(organizer);
        String bearer = scenario.organizerBearer(organizer);

        mvc.perform(get("/api/staff/supporters").param("community", "ATLANTIS").param("activeSince", "yesterday")
                        .param("did", "DANCED").header(HttpHeaders.AUTHORIZATION, bearer).header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("community", "activeSince", "did")));

        String page = mvc.perform(get("/staff/supporters?lang=es").param("activeSince", "yesterday")
                        .header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Escribe la fecha como año-mes-día").contains("value=\"yesterday\"");
    }

    @Test
    void anOrganizerTagsAndNotesTheirSupporterAndAnOrganizerOfAnotherTeamCannot() throws Exception {
        String organizer = Scenario.unique("org");
        String campaign = scenario.campaign(organizer);
        String outsider = Scenario.unique("outsider");
        scenario.campaign(outsider);
        String fatima = scenario.signer(campaign, "Fátima", "THERMAL", "es", true);

        mvc.perform(post("/staff/supporters/" + fatima + "/tags").param("tag", "  Speaker ")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isSeeOther()).andExpect(header().string("Location", "/staff/supporters/" + fatima + "?done=tagged"));
        mvc.perform(post("/staff/supporters/" + fatima + "/notes").param("text", "Vendrá el martes a la junta")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isSeeOther());
        mvc.perform(post("/staff/supporters/" + fatima + "/tags").param("tag", "intruder")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(outsider)))
                .andExpect(status().isNotFound());

        String page = mvc.perform(get("/staff/supporters/" + fatima + "?lang=es")
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fátima", "speaker", "Vendrá el martes a la junta", "Send me updates", "Firmó una petición",
                "Agua " + campaign);
        assertThat(store.find(fatima).orElseThrow().tags()).containsExactly("speaker");
        mvc.perform(get("/api/staff/supporters").param("tag", "speaker").param("campaign", campaign)
                        .header(HttpHeaders.AUTHORIZATION, scenario.organizerBearer(organizer)))
                .andExpect(jsonPath("$.total").value(1));
    }
}
