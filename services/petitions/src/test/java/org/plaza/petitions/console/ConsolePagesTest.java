package org.plaza.petitions.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.testsupport.forms.FormChoices;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The organizers' pages: write a draft, see what publishing needs, publish, close; refusals shown in place. */
@PetitionsTest
class ConsolePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void thePetitionFormOffersExactlyThePlatformsCommunities() throws Exception {
        fixtures.campaign("org-choices");
        String html = html(get("/staff/petitions/new"), fixtures.bearer("org-choices", Role.ORGANIZER));

        assertThat(FormChoices.of(html, "communities"))
                .containsExactlyElementsOf(Vocabulary.codes(Vocabulary.platformDefaults().communities()));
    }

    @Test
    void everyStaffPageCarriesTheStaffNavigationWithPetitionsCurrentAndSignOut() throws Exception {
        String moderator = fixtures.bearer("mod-nav", Role.MODERATOR);

        assertThat(html(get("/staff/petitions?lang=en"), moderator)).contains(
                "<nav class=\"staff-nav\" aria-label=\"Staff\">",
                "<a href=\"/staff/petitions\" aria-current=\"page\">Petitions</a>", "<a href=\"/sign-out\">Sign out</a>")
                .doesNotContain("<a href=\"/staff/campaigns\">", "<a href=\"/staff/identity/accounts\">");
    }

    @Test
    void anOrganizerWritesADraftPublishesAndClosesItFromThePages() throws Exception {
        String campaign = fixtures.campaign("org-pages");
        String organizer = fixtures.bearer("org-pages", Role.ORGANIZER);
        assertThat(html(get("/staff/petitions/new"), organizer)).contains("Nueva petición", "Título en español",
                "Texto en inglés", "value=\"" + campaign + "\"");

        MvcResult created = mvc.perform(post("/staff/petitions").header("Authorization", organizer)
                .param("campaignId", campaign).param("titleEs", "Parque seguro para Thermal")
                .param("textEs", "Pedimos luces en el parque.").param("signatureGoal", "50")
                .param("communities", "THERMAL")).andExpect(status().isSeeOther()).andReturn();
        String detailUrl = created.getResponse().getRedirectedUrl();
        String id = detailUrl.substring(detailUrl.lastIndexOf('/') + 1);
        assertThat(html(get(detailUrl), organizer)).contains("Parque seguro para Thermal", "Borrador",
                "Falta para publicar: Título en inglés, Texto en inglés, Dirigida a (español), Dirigida a (inglés)");

        String refused = mvc.perform(post("/staff/petitions/{id}/publish", id).header("Authorization", organizer))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Petición incompleta", "Título en inglés: Necesario para publicar");

        mvc.perform(post("/staff/petitions/{id}", id).header("Authorization", organizer)
                .param("titleEs", "Parque seguro para Thermal").param("titleEn", "A safe park for Thermal")
                .param("textEs", "Pedimos luces en el parque.").param("textEn", "We ask for lights in the park.")
                .param("decisionMakerEs", "El concejo del condado").param("decisionMakerEn", "The county board")
                .param("signatureGoal", "50").param("milestones", "10, 25").param("communities", "THERMAL"))
                .andExpect(status().isSeeOther());
        mvc.perform(post("/staff/petitions/{id}/publish", id).header("Authorization", organizer))
                .andExpect(status().isSeeOther());
        assertThat(html(get(detailUrl + "?lang=en"), organizer)).contains("Open for signatures", "Milestones: 10, 25",
                "Extend the deadline", "Close the petition now", "Verified signatures (CSV)");
        assertThat(html(get("/staff/petitions"), organizer)).contains("Parque seguro para Thermal", "Abierta a firmas");

        mvc.perform(post("/staff/petitions/{id}/close", id).header("Authorization", organizer))
                .andExpect(status().isSeeOther());
        assertThat(html(get(detailUrl), organizer)).contains("Registrar la entrega");
    }

    @Test
    void showsFieldErrorsOnTheFormAndRefusesStrangers() throws Exception {
        String campaign = fixtures.campaign("org-pages");
        String organizer = fixtures.bearer("org-pages", Role.ORGANIZER);
        String form = mvc.perform(post("/staff/petitions").header("Authorization", organizer)
                .param("campaignId", campaign).param("slug", "Not A Slug").param("signatureGoal", "0")
                .param("titleEs", "t".repeat(151))).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("Revisa lo siguiente", "Dirección (opcional)", "Meta de firmas", "Título en español");
        String broken = mvc.perform(post("/staff/petitions").header("Authorization", organizer)
                .param("campaignId", campaign).param("titleEs", "Agua limpia\npara Oasis").param("titleEn", "Clean water"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(broken).contains("Escríbelo en una sola línea, sin saltos de línea", "value=\"Clean water\"");

        String id = fixtures.draft(campaign, 10, "").get("id").asString();
        mvc.perform(get("/staff/petitions/{id}", id).header("Authorization", fixtures.bearer("org-x", Role.ORGANIZER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff/petitions")).andExpect(status().isUnauthorized());
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String token) throws Exception {
        return mvc.perform(request.header("Authorization", token)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
