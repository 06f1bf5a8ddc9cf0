package org.plaza.outreach.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.plaza.events.outreach.ShiftCancelled.CancelledBy;
import org.plaza.events.outreach.ShiftPromoted;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterContactShared.Consent;
import org.plaza.outreach.signup.Signup;
import org.plaza.outreach.signup.SignupService;
import org.plaza.outreach.testing.Confirmations;
import org.plaza.outreach.testing.Forms;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.EventSchemas;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.events.ReceivedEvent;
import org.plaza.testsupport.forms.FormChoices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A volunteer's details reach the supporters service, on its restricted topic, once per confirmed action: the
 * sign-up when its emailed link is used (with the contact checkbox worded as the form showed it, in the form's
 * language), and each shift they take a place or a spot in line on. An unconfirmed sign-up hands nothing over.
 */
@OutreachTest
class SupporterHandOverTest {

    private static final String CONTACTS = "plaza.supporters.contacts";

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired KafkaTestEvents events;
    @Autowired SupporterIds supporterIds;
    @Autowired SignupService signups;

    @Test
    void aConfirmedSignUpHandsTheVolunteerOverOnceWithTheConsentWordedInTheFormsLanguage() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift());
        String page = "/outreach/volunteer?lang=en&shift=" + shiftId + "&campaign=" + team.campaignId();
        String form = mvc.perform(get(page)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String email = "Xochitl.Lopez+" + Scenario.next() + "@example.org";
        String supporterId = supporterIds.supporterId(email);
        Position handOvers = events.positionOf(SupporterContactShared.class);

        mvc.perform(Forms.postFrom(mvc, page, "/outreach/volunteer").param("name", "Xóchitl López")
                .param("email", email).param("phone", "(760) 555-0123").param("preferredLanguage", "es")
                .param("community", "THERMAL").param("languages", "ES").param("ageGroup", "ADULT")
                .param("contactConsent", "true").param("textOptIn", "true").param("shift", shiftId)
                .param("campaign", team.campaignId()))
                .andExpect(status().isSeeOther());
        String link = Confirmations.emailedLink(events, email);
        events.assertNoEvent(handOvers, SupporterContactShared.class, s -> s.supporterId().equals(supporterId),
                Duration.ofSeconds(1));

        Confirmations.confirm(mvc, events, email);
        assertThat(mvc.perform(Forms.postFrom(mvc, "/outreach/volunteer", "/outreach/volunteer/confirm")
                .param("token", Confirmations.token(link))).andExpect(status().isGone()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).as("a used link confirms nothing again")
                .doesNotContain("/outreach/me/");

        ReceivedEvent<SupporterContactShared> received = events.awaitEvent(handOvers, SupporterContactShared.class,
                s -> s.supporterId().equals(supporterId), Duration.ofSeconds(30));
        SupporterContactShared shared = received.event();
        String enrolmentId = Confirmations.token(link).substring(0, Confirmations.token(link).indexOf('.'));
        assertThat(received.topic()).isEqualTo(CONTACTS);
        assertThat(received.key()).isEqualTo(supporterId);
        assertThat(shared.shareId()).isEqualTo("outreach:VOLUNTEER_SIGNUP:" + enrolmentId);
        assertThat(shared.sourceService()).isEqualTo("outreach");
        assertThat(shared.source()).isEqualTo("VOLUNTEER_SIGNUP");
        assertThat(shared.campaignId()).isEqualTo(team.campaignId());
        assertThat(shared.itemId()).isEqualTo(shiftId);
        assertThat(shared.email()).isEqualTo(email);
        assertThat(shared.displayName()).isEqualTo("Xóchitl López");
        assertThat(shared.phone()).isEqualTo("+17605550123");
        assertThat(shared.locale()).as("the language they asked to be written in").isEqualTo("es");
        assertThat(shared.community()).isEqualTo("THERMAL");
        assertThat(shared.consents()).as("worded as the English form showed it").containsExactly(
                new Consent("EMAIL", "INVITATIONS", true, FormChoices.checkboxLabel(form, "contactConsent")),
                new Consent("SMS", "REMINDERS", true, FormChoices.checkboxLabel(form, "textOptIn")));
        assertThat(FormChoices.checkboxLabel(form, "contactConsent"))
                .isEqualTo("You may contact me about volunteer opportunities.");
        assertThat(FormChoices.checkboxLabel(form, "textOptIn"))
                .isEqualTo("Text me my shift confirmations and reminders instead of emailing them.");

        events.assertNoEvent(handOvers, SupporterContactShared.class, s -> s.supporterId().equals(supporterId)
                && distinct(events.eventsSoFar(SupporterContactShared.class,
                        other -> other.supporterId().equals(supporterId))) > 1, Duration.ofSeconds(2));
        assertThat(distinct(events.eventsSoFar(SupporterContactShared.class,
                s -> s.supporterId().equals(supporterId)))).isEqualTo(1);

        List<ReceivedEvent<byte[]>> onTheWire = events.awaitRecords(CONTACTS, r -> supporterId.equals(r.key()), 1,
                Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(onTheWire.get(0))).isEmpty();
        assertThat(events.topicConfig(CONTACTS, "cleanup.policy")).isEqualTo("compact");
        assertThatThrownBy(() -> events.awaitRecords("plaza.outreach", r -> new String(r.event(),
                StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("xochitl"), 1, Duration.ofSeconds(2)))
                .as("the volunteer's name or email on the domain topic").isInstanceOf(AssertionError.class);
    }

    @Test
    void aSignUpWhoseLinkIsNeverUsedHandsNothingOver() throws Exception {
        String email = "sin.confirmar" + Scenario.next() + "@example.org";
        Position handOvers = events.positionOf(SupporterContactShared.class);
        mvc.perform(Forms.postFrom(mvc, "/outreach/volunteer", "/outreach/volunteer").param("name", "Sin Confirmar")
                .param("email", email).param("preferredLanguage", "es").param("community", "MECCA")
                .param("languages", "ES").param("ageGroup", "ADULT").param("contactConsent", "true"))
                .andExpect(status().isSeeOther());
        Confirmations.emailedLink(events, email);

        events.assertNoEvent(handOvers, SupporterContactShared.class,
                s -> s.supporterId().equals(supporterIds.supporterId(email)), Duration.ofSeconds(3));
    }

    @Test
    void eachShiftSignUpHandsTheVolunteerOverOnceEvenWhenPromotedFromTheWaitlist() throws Exception {
        Team team = scenario.team();
        String shiftId = scenario.scheduleShift(team, team.shift().set("capacity", 1));
        Volunteer first = scenario.volunteer("THERMAL");
        Volunteer waiting = scenario.volunteer("Ana Waiting", "waiting" + Scenario.next() + "@example.org", "OASIS", "en");
        Position handOvers = events.positionOf(SupporterContactShared.class);
        Position promotions = events.positionOf(ShiftPromoted.class);

        Signup taken = scenario.signUp(shiftId, first.id());
        Signup inLine = scenario.signUp(shiftId, waiting.id());
        assertThat(inLine.status()).isEqualTo(Signup.Status.WAITLISTED);
        signups.cancel(taken.id(), CancelledBy.VOLUNTEER, null);
        events.awaitEvent(promotions, ShiftPromoted.class, e -> e.signupId().equals(inLine.id()), Duration.ofSeconds(30));

        SupporterContactShared shared = events.awaitEvent(handOvers, SupporterContactShared.class,
                s -> s.supporterId().equals(waiting.supporterId()) && s.source().equals("SHIFT_SIGNUP"),
                Duration.ofSeconds(30)).event();
        assertThat(shared.shareId()).isEqualTo("outreach:SHIFT_SIGNUP:" + inLine.id());
        assertThat(shared.source()).isEqualTo("SHIFT_SIGNUP");
        assertThat(shared.campaignId()).isEqualTo(team.campaignId());
        assertThat(shared.itemId()).isEqualTo(shiftId);
        assertThat(shared.email()).isEqualTo(waiting.email());
        assertThat(shared.displayName()).isEqualTo("Ana Waiting");
        assertThat(shared.locale()).isEqualTo("en");
        assertThat(shared.community()).isEqualTo("OASIS");
        assertThat(shared.consents()).as("the sign-up shows no checkbox").isEmpty();
        events.awaitEvent(handOvers, SupporterContactShared.class,
                s -> s.shareId().equals("outreach:SHIFT_SIGNUP:" + taken.id()), Duration.ofSeconds(30));

        events.assertNoEvent(handOvers, SupporterContactShared.class, s -> s.source().equals("SHIFT_SIGNUP")
                && s.supporterId().equals(waiting.supporterId()) && distinct(events.eventsSoFar(
                        SupporterContactShared.class, other -> other.shareId().startsWith("outreach:SHIFT_SIGNUP:")
                                && other.supporterId().equals(waiting.supporterId()))) > 1, Duration.ofSeconds(2));
        assertThat(distinct(events.eventsSoFar(SupporterContactShared.class, s -> s.source().equals("SHIFT_SIGNUP")
                && s.supporterId().equals(waiting.supporterId())))).isEqualTo(1);
        for (ReceivedEvent<byte[]> record : events.awaitRecords(CONTACTS, r -> waiting.supporterId().equals(r.key()), 2,
                Duration.ofSeconds(30))) {
            assertThat(EventSchemas.violations(record)).isEmpty();
        }
    }

    private static long distinct(List<? extends ReceivedEvent<?>> received) {
        return received.stream().map(ReceivedEvent::id).distinct().count();
    }
}
