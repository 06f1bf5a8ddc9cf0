package org.plaza.outreach.volunteer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.starter.invitation.VolunteerInvitation;
import org.plaza.starter.invitation.VolunteerInvitations;
import org.plaza.outreach.testing.Confirmations;
import org.plaza.outreach.testing.Forms;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.Volunteers;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.forms.FormChoices;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.events.ReceivedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/** The bilingual sign-up form, from the first visit to the volunteer's own page and their first shift. */
@OutreachTest
class VolunteerSignupPageTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired KafkaTestEvents events;
    @Autowired VolunteerInvitations invitations;
    @Autowired SupporterIds supporterIds;
    @Autowired Volunteers volunteers;
    @Autowired JsonMapper json;

    @Test
    void theFormIsInSpanishByDefaultAndInEnglishOnRequestWithALabelForEveryField() throws Exception {
        String spanish = mvc.perform(get("/outreach/volunteer")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(spanish).contains("<html lang=\"es\"", "Hazte voluntario", "Tu comunidad", "Menos de 18 años",
                "Pueden contactarme sobre oportunidades de voluntariado.");
        for (String field : new String[] { "name", "email", "phone", "community", "otherLanguage", "guardianName",
                "guardianContact", "guardianConsent", "contactConsent", "languages-ES", "skills-CANVASSING",
                "availability-WEEKEND_MORNING", "ageGroup-YOUTH" }) {
            assertThat(spanish).contains("for=\"" + field + "\"").contains("id=\"" + field + "\"");
        }
        assertThat(spanish).doesNotContain("<script", "style=\"");
        mvc.perform(get("/outreach/volunteer?lang=en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Volunteer with us")));
    }

    @Test
    void theFormOffersExactlyThePlatformsResidentCommunitiesAndSiteLanguages() throws Exception {
        String page = mvc.perform(get("/outreach/volunteer?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(FormChoices.of(page, "community"))
                .containsExactlyElementsOf(Vocabulary.codes(Vocabulary.platformDefaults().residentCommunities()));
        assertThat(FormChoices.of(page, "preferredLanguage"))
                .containsExactlyElementsOf(Vocabulary.codes(Vocabulary.platformDefaults().siteLanguages()));
        assertThat(page).contains("Salton City", "Another community");
    }

    @Test
    void aFormWithErrorsAnswers400WithErrorsNextToTheirFieldsASummaryAndWhatWasTypedKept() throws Exception {
        String page = mvc.perform(form().param("name", "Ana Ruiz").param("email", "not-an-email").param("community", "ATLANTIS")
                .param("ageGroup", "YOUTH").param("preferredLanguage", "es"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("class=\"error-summary\"", "Revisa estos campos",
                "Escribe un correo electrónico válido, como nombre@ejemplo.com", "Elige una comunidad de la lista",
                "Elige al menos un idioma", "Escribe el nombre de tu madre, padre o tutor",
                "Tu madre, padre o tutor debe estar de acuerdo antes de que seas voluntario",
                "value=\"Ana Ruiz\"", "value=\"not-an-email\"", "aria-describedby=\"contact-hint email-error\"",
                "href=\"#community\"");
    }

    @Test
    void aNewVolunteerConfirmsTheirEmailIsAnnouncedWithoutContactDetailsAndLandsOnTheirPersonalPage() throws Exception {
        String email = "maria" + Scenario.next() + "@example.org";
        String received = Forms.accepted(mvc, valid(form(), "María López", email, "OASIS"));
        assertThat(received).contains("Revisa tu correo").doesNotContain("/outreach/me/");

        String link = Confirmations.emailedLink(events, email);
        assertThat(mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Confirmar mi inscripción", "id=\"confirm\"");
        String location = Confirmations.confirm(mvc, events, email);
        assertThat(location).startsWith("/outreach/me/vol_").endsWith("?welcome=1");

        ReceivedEvent<VolunteerRegistered> registered = events.awaitEvent(VolunteerRegistered.class,
                e -> e.supporterId().equals(supporterIds.supporterId(email)), Duration.ofSeconds(20));
        assertThat(registered.event().community()).isEqualTo("OASIS");
        assertThat(registered.event().languages()).containsExactly("es", "en");
        assertThat(registered.event().source()).isEqualTo("DIRECT");
        assertThat(json.writeValueAsString(registered.event())).doesNotContain("maria", "María", "López", "17605550123", "555-0123");

        String home = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("Hola, María López", "¡Bienvenido! Ya estás inscrito como voluntario.");
        assertThat(mvc.perform(Forms.postFrom(mvc, "/outreach/volunteer", "/outreach/volunteer/confirm")
                .param("token", Confirmations.token(link)))
                .andExpect(status().isGone()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("a confirmation link works once").contains("Este enlace ya venció o ya se usó.");
    }

    @Test
    void anInvitationPreFillsTheFormAndTheSignUpCountsAsThePetitionLead() throws Exception {
        Team team = scenario.team();
        String email = "invitado" + Scenario.next() + "@example.org";
        String token = invitations.issue(new VolunteerInvitation(1, supporterIds.supporterId(email), team.campaignId(), "THERMAL",
                "es", "PETITION_LEAD", "sig_1", Instant.now().plus(30, ChronoUnit.DAYS)));

        String page = mvc.perform(get("/outreach/volunteer").param("invitation", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Gracias por decirnos que te gustaría ser voluntario", "value=\"THERMAL\" selected=\"selected\"",
                "id=\"languages-ES\" value=\"ES\" checked=\"checked\"");
        mvc.perform(valid(Forms.postFrom(mvc, "/outreach/volunteer?invitation=" + token, "/outreach/volunteer")
                .param("invitation", token).param("campaign", team.campaignId()), "Invitado Uno", email, "THERMAL"))
                .andExpect(status().isSeeOther());
        Confirmations.confirm(mvc, events, email);

        VolunteerRegistered registered = events.awaitEvent(VolunteerRegistered.class,
                e -> e.supporterId().equals(supporterIds.supporterId(email)), Duration.ofSeconds(20)).event();
        assertThat(registered.source()).isEqualTo("PETITION_LEAD");
        assertThat(registered.campaignId()).isEqualTo(team.campaignId());
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        assertThat(mvc.perform(get("/outreach/volunteer").param("invitation", tampered)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Este enlace de invitación ya venció");
    }

    @Test
    void aLinkBuiltWithTheStartersSignupUrlOpensThePreFilledFormAndTheInvitedEmailSignsUpAsThePetitionLead() throws Exception {
        Team team = scenario.team();
        String email = "firmante" + Scenario.next() + "@example.org";
        String link = invitations.signupUrl("https://plaza.example/", invitations.invite(supporterIds.supporterId(email),
                team.campaignId(), "OASIS", "es", VolunteerInvitations.PETITION_LEAD, "sig_" + Scenario.next()));
        assertThat(link).startsWith("https://plaza.example/outreach/volunteer?invitation=").endsWith("&lang=es");
        URI uri = URI.create(link);

        MockHttpServletResponse opened = mvc.perform(get(URI.create(uri.getRawPath() + "?" + uri.getRawQuery())))
                .andExpect(status().isOk()).andReturn().getResponse();
        String page = opened.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<html lang=\"es\"", "Gracias por decirnos que te gustaría ser voluntario",
                "value=\"OASIS\" selected=\"selected\"", "id=\"languages-ES\" value=\"ES\" checked=\"checked\"");
        Map<String, String> hidden = hiddenFields(page);
        assertThat(hidden).containsEntry("campaign", team.campaignId()).containsKey("invitation").containsKey("_csrf");

        MockHttpServletRequestBuilder submit = post("/outreach/volunteer");
        hidden.forEach(submit::param);
        for (Cookie cookie : opened.getCookies()) {
            submit.cookie(cookie);
        }
        mvc.perform(submit.param("name", "Firmante Invitada").param("email", email.toUpperCase()).param("preferredLanguage", "es")
                .param("community", "OASIS").param("languages", "ES").param("ageGroup", "ADULT").param("contactConsent", "true"))
                .andExpect(status().isSeeOther());
        Confirmations.confirm(mvc, events, email);

        VolunteerRegistered registered = events.awaitEvent(VolunteerRegistered.class,
                e -> e.supporterId().equals(supporterIds.supporterId(email)), Duration.ofSeconds(20)).event();
        assertThat(registered.source()).isEqualTo(VolunteerInvitations.PETITION_LEAD);
        assertThat(registered.campaignId()).isEqualTo(team.campaignId());
        assertThat(registered.community()).isEqualTo("OASIS");
    }

    /** The hidden inputs of a page (what a browser sends back with the form), unescaped. */
    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = Pattern.compile("<input type=\"hidden\"[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"").matcher(page);
        while (input.find()) {
            fields.put(input.group(1), HtmlUtils.htmlUnescape(input.group(2)));
        }
        return fields;
    }

    @Test
    void signingUpAgainWithTheSameEmailRevealsNothingAndChangesNothingEvenOnceConfirmed() throws Exception {
        String email = "dos" + Scenario.next() + "@example.org";
        String first = Forms.accepted(mvc, valid(form(), "Primera Vez", email, "MECCA"));
        Confirmations.confirm(mvc, events, email);
        Volunteer kept = volunteers.findBySupporterId(supporterIds.supporterId(email)).orElseThrow();
        Position before = events.positionOf(NotificationRequested.class);

        String again = Forms.accepted(mvc, valid(form(), "Otra Persona", email.toUpperCase(), "OASIS"));

        assertThat(again).isEqualTo(first).doesNotContain("Primera Vez", "/outreach/me/");
        String home = Confirmations.confirm(mvc, events, email, before);
        assertThat(home).startsWith("/outreach/me/" + kept.id() + "/");
        Volunteer still = volunteers.findBySupporterId(supporterIds.supporterId(email)).orElseThrow();
        assertThat(still.name()).isEqualTo("Primera Vez");
        assertThat(still.community()).isEqualTo("MECCA");
    }

    @Test
    void aVolunteerTakesAShiftFromTheirPageSeesTheirCodeAndCancelsThroughTheLink() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift());
        Volunteer volunteer = scenario.volunteer("MECCA");
        String home = scenario.link(volunteer).path();
        assertThat(mvc.perform(get(home).param("shift", shiftId)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("id=\"focus\"");

        String signupPage = mvc.perform(Forms.postFrom(mvc, home, home + "/signups").param("shiftId", shiftId))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(signupPage)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Estás inscrito. ¡Nos vemos allí!", "id=\"check-in-code\"", "Cancelar mi inscripción");

        mvc.perform(Forms.postFrom(mvc, signupPage, signupPage + "/cancel")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", signupPage + "?cancelled=1"));
        assertThat(mvc.perform(get(signupPage + "?cancelled=1&lang=en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Your sign-up is cancelled.");
    }

    private MockHttpServletRequestBuilder form() throws Exception {
        return Forms.postFrom(mvc, "/outreach/volunteer", "/outreach/volunteer");
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder form, String name, String email,
            String community) {
        return form.param("name", name).param("email", email).param("phone", "(760) 555-0123")
                .param("preferredLanguage", "es").param("community", community).param("languages", "ES", "EN")
                .param("skills", "CANVASSING", "INTERPRETING").param("availability", "WEEKEND_MORNING")
                .param("ageGroup", "ADULT").param("contactConsent", "true");
    }
}
