package org.plaza.outreach.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.MeetingRsvped;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterContactShared.Consent;
import org.plaza.outreach.testing.Forms;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.forms.FormChoices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * A resident RSVPs to a meeting with a mobile number and no email: the confirmation link comes by text and the same
 * confirm page takes it; the confirmation comes by text with the link to the RSVP's page (where they cancel), and the
 * reminders come by text when they ticked the form's box for texts, which the hand-over records as the form showed it.
 * Without the box they get only what they asked for. A form with neither an email nor a number, or a number that
 * cannot get texts, is refused next to its field in Spanish and English.
 */
@OutreachTest
class PhoneRsvpTest {

    @Autowired Scenario scenario;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired KafkaTestEvents events;
    @Autowired Rsvps rsvps;
    @Autowired SupporterIds supporterIds;
    @Autowired PhoneNumbers phones;

    @Test
    void aResidentWithOnlyAMobileNumberConfirmsFromATextGetsTheConfirmationAndRemindersByTextAndCancels()
            throws Exception {
        String meetingId = meeting();
        String number = number();
        String supporterId = supporterIds.supporterId(phones.canonical(number));
        Position before = events.positionOf(NotificationRequested.class, MeetingRsvped.class,
                SupporterContactShared.class, MeetingRsvpCancelled.class);
        String form = mvc.perform(get("/outreach/meetings/" + meetingId + "?lang=es")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String answer = rsvp(meetingId, "es", "Lupe Vargas", "", "(760) 555-" + number.substring(8), true);

        assertThat(answer).contains("Revisa tus mensajes de texto").doesNotContain("Revisa tu correo");
        NotificationRequested text = events.awaitEvent(before, NotificationRequested.class,
                r -> MeetingMail.CONFIRM_TEMPLATE.equals(r.templateKey()) && number.equals(r.recipientPhone()),
                Duration.ofSeconds(20)).event();
        assertThat(text.channel()).isEqualTo("SMS");
        assertThat(text.recipientEmail()).isNull();
        assertThat(text.supporterId()).isEqualTo(supporterId);
        URI confirmUrl = URI.create(text.templateParameters().get("confirmUrl"));
        String link = confirmUrl.getRawPath() + "?" + confirmUrl.getRawQuery();
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString())
                .as("the same confirm page, whose button confirms").contains("id=\"confirm\"");

        String page = MeetingFixtures.confirm(mvc, link);
        String rsvpId = page.split("/")[3];
        assertThat(mvc.perform(get(page + "&lang=es")).andReturn().getResponse().getContentAsString())
                .contains("Vas a ir", "Te enviamos por mensaje de texto el enlace a esta página", "Ya no puedo ir");
        SupporterContactShared handedOver = events.awaitEvent(before, SupporterContactShared.class,
                e -> supporterId.equals(e.supporterId()), Duration.ofSeconds(20)).event();
        assertThat(handedOver.email()).isNull();
        assertThat(handedOver.phone()).isEqualTo(number);
        assertThat(handedOver.consents()).containsExactly(
                new Consent("SMS", "REMINDERS", true, FormChoices.checkboxLabel(form, "textOptIn")));
        NotificationRequested confirmed = events.awaitEvent(before, NotificationRequested.class,
                r -> MeetingMail.CONFIRMED_TEMPLATE.equals(r.templateKey()) && number.equals(r.recipientPhone()),
                Duration.ofSeconds(20)).event();
        assertThat(confirmed.channel()).isEqualTo("SMS");
        assertThat(confirmed.attachment()).as("a text carries the RSVP's page, not the invite").isNull();
        assertThat(confirmed.templateParameters().get("manageUrl")).endsWith(page.replace("?welcome=1", ""));
        List<NotificationRequested> reminders = events.awaitEvents(before, NotificationRequested.class,
                r -> number.equals(r.recipientPhone()) && r.templateKey().startsWith(MeetingMail.REMINDER_TEMPLATE), 2,
                Duration.ofSeconds(20)).stream().map(r -> r.event()).toList();
        assertThat(reminders).allSatisfy(r -> {
            assertThat(r.channel()).isEqualTo("SMS");
            assertThat(r.relatedIds()).startsWith(rsvpId, meetingId);
        });

        String manage = page.replace("?welcome=1", "");
        mvc.perform(Forms.postFrom(mvc, manage, manage + "/cancel")).andExpect(status().is3xxRedirection());
        assertThat(events.awaitEvent(before, MeetingRsvpCancelled.class, e -> e.meetingId().equals(meetingId),
                Duration.ofSeconds(20)).event().rsvpId()).isEqualTo(rsvpId);
    }

    @Test
    void withoutTheBoxForTextsAPhoneOnlyResidentGetsTheConfirmationByTextButNoReminders() throws Exception {
        String meetingId = meeting();
        String number = number();
        String supporterId = supporterIds.supporterId(phones.canonical(number));
        Position before = events.positionOf(NotificationRequested.class, SupporterContactShared.class);

        rsvp(meetingId, "en", "Toño Vargas", " ", number, false);
        NotificationRequested text = events.awaitEvent(before, NotificationRequested.class,
                r -> MeetingMail.CONFIRM_TEMPLATE.equals(r.templateKey()) && number.equals(r.recipientPhone()),
                Duration.ofSeconds(20)).event();
        URI confirmUrl = URI.create(text.templateParameters().get("confirmUrl"));
        MeetingFixtures.confirm(mvc, confirmUrl.getRawPath() + "?" + confirmUrl.getRawQuery());

        assertThat(events.awaitEvent(before, SupporterContactShared.class, e -> supporterId.equals(e.supporterId()),
                Duration.ofSeconds(20)).event().consents()).extracting(Consent::channel, Consent::granted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SMS", false));
        assertThat(events.awaitEvent(before, NotificationRequested.class,
                r -> MeetingMail.CONFIRMED_TEMPLATE.equals(r.templateKey()) && number.equals(r.recipientPhone()),
                Duration.ofSeconds(20)).event().channel()).isEqualTo("SMS");
        assertThat(events.eventsSoFar(NotificationRequested.class, r -> number.equals(r.recipientPhone())
                && r.templateKey().startsWith(MeetingMail.REMINDER_TEMPLATE))).isEmpty();
    }

    @Test
    void aFormWithNeitherAnEmailNorANumberOrWithALandlineIsRefusedNextToTheFieldInBothLanguages() throws Exception {
        String meetingId = meeting();

        String spanish = refusedRsvp(meetingId, "es", "Dana", "", "", false);
        String english = refusedRsvp(meetingId, "en", "Dana", "", "(800) 234-5678", true);

        assertThat(spanish).contains("id=\"email-error\"", "Escribe tu correo o tu número de celular")
                .doesNotContain("phone-error");
        assertThat(english).contains("id=\"phone-error\"", "value=\"(800) 234-5678\"").doesNotContain("email-error");
        assertThat(rsvps.findAll()).noneMatch(r -> meetingId.equals(r.meetingId()));
    }

    private String meeting() throws Exception {
        Team team = scenario.team();
        return MeetingFixtures.schedule(mvc, json, team.bearer(), MeetingFixtures.request(team.campaignId(), null))
                .get("meetingId").asString();
    }

    private String rsvp(String meetingId, String lang, String name, String email, String phone, boolean texts)
            throws Exception {
        return Forms.accepted(mvc, rsvpForm(meetingId, lang, name, email, phone, texts));
    }

    /** The page of a refused RSVP form: 400, like every resident form of Plaza with errors next to its fields. */
    private String refusedRsvp(String meetingId, String lang, String name, String email, String phone, boolean texts)
            throws Exception {
        return mvc.perform(rsvpForm(meetingId, lang, name, email, phone, texts)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder rsvpForm(String meetingId, String lang, String name, String email, String phone,
            boolean texts) throws Exception {
        var request = Forms.postFrom(mvc, "/outreach/meetings/" + meetingId + "?lang=" + lang,
                "/outreach/meetings/" + meetingId + "/rsvps").param("name", name).param("email", email)
                .param("phone", phone).param("lang", lang);
        if (texts) {
            request.param("textOptIn", "true");
        }
        return request;
    }

    /** A mobile number of this test, in E.164. */
    private static String number() {
        return "+1760555" + String.format("%04d", 1000 + Scenario.next() % 9000);
    }
}
