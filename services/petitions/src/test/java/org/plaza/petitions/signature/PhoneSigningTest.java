package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.events.supporters.SupporterContactShared.Consent;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.forms.FormChoices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Residents who sign with a mobile number instead of an email: the code goes by text, the same page takes it, one
 * signature per number however it is written, and every bad number refused next to the field in their language.
 */
@PetitionsTest
class PhoneSigningTest {

    private static final String VERIFICATION = "petitions.signature-verification";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    SupporterIds supporterIds;
    @Autowired
    PhoneNumbers phones;
    @Autowired
    Signatures signatures;

    OpenPetition petition;

    @BeforeEach
    void openPetition() throws Exception {
        petition = fixtures.openPetition();
    }

    @Test
    void aResidentSignsWithOnlyAMobileNumberReadsTheCodeInATextAndIsCounted() throws Exception {
        String form = page(get("/petitions/{slug}", petition.slug()));
        assertThat(form).contains("O tu número de celular", "type=\"tel\"", "autocomplete=\"tel\"");
        String supporterId = supporterIds.supporterId(phones.canonical("+17605550142"));
        Position notifications = fixtures.notificationPosition();
        Position handOvers = events.positionOf(SupporterContactShared.class);
        Position verified = events.positionOf(SignatureVerified.class);

        MvcResult signed = mvc.perform(phoneForm("Lupe Ramírez", "", "(760) 555-0142").param("smsOptIn", "true"))
                .andExpect(status().isSeeOther()).andReturn();
        String redirect = signed.getResponse().getRedirectedUrl();
        assertThat(redirect).contains("via=sms");
        NotificationRequested text = textTo(notifications, "+17605550142");
        assertThat(text.recipientEmail()).isNull();
        assertThat(text.channel()).isEqualTo("SMS");
        assertThat(text.supporterId()).isEqualTo(supporterId);
        assertThat(text.locale()).isEqualTo("es");
        assertThat(page(get(redirect))).contains("Revisa tus mensajes de texto", "Código del mensaje de texto",
                "name=\"via\" value=\"sms\"").doesNotContain("carpeta de correo no deseado");

        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf())
                .param("t", Fixtures.ticketOf(redirect)).param("code", text.templateParameters().get("code"))
                .param("via", "sms")).andExpect(status().isSeeOther());

        assertThat(events.awaitEvent(verified, SignatureVerified.class, v -> v.supporterId().equals(supporterId),
                Duration.ofSeconds(30)).event().petitionId()).isEqualTo(petition.id());
        SupporterContactShared shared = events.awaitEvent(handOvers, SupporterContactShared.class,
                s -> s.supporterId().equals(supporterId), Duration.ofSeconds(30)).event();
        assertThat(shared.email()).isNull();
        assertThat(shared.phone()).isEqualTo("+17605550142");
        assertThat(shared.consents()).contains(new Consent("SMS", "CAMPAIGN_UPDATES", true,
                FormChoices.checkboxLabel(form, "smsOptIn")));
        assertThat(FormChoices.checkboxLabel(form, "smsOptIn")).startsWith("Envíenme por mensaje de texto");
    }

    @Test
    void theSameNumberWrittenAnotherWayIsTheSameSignerAndDoesNotCountTwice() throws Exception {
        Position notifications = fixtures.notificationPosition();
        MvcResult first = mvc.perform(phoneForm("Lupe Ramírez", "", "(760) 555-0143")).andExpect(status().isSeeOther())
                .andReturn();
        NotificationRequested text = textTo(notifications, "+17605550143");
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf())
                .param("t", Fixtures.ticketOf(first.getResponse().getRedirectedUrl()))
                .param("code", text.templateParameters().get("code"))).andExpect(status().isSeeOther());

        mvc.perform(phoneForm("Guadalupe Ramírez", "", "+1 760-555-0143")).andExpect(status().isSeeOther());
        mvc.perform(phoneForm("Lupe R.", "lupe@example.org", "1.760.555.0143"))
                .andExpect(status().isSeeOther());

        assertThat(signatures.findAll().stream().filter(s -> s.petitionId().equals(petition.id()))).hasSize(1)
                .allSatisfy(s -> assertThat(s.counts()).isTrue());
    }

    @Test
    void aNumberGivenWithAnEmailIsFoundAgainWhenTheSameNumberSignsAlone() throws Exception {
        mvc.perform(phoneForm("Rosa Díaz", "rosa.diaz@example.org", "760 555 0144"))
                .andExpect(status().isSeeOther());
        mvc.perform(phoneForm("Rosa Díaz", "", "+17605550144")).andExpect(status().isSeeOther());

        assertThat(signatures.findAll().stream().filter(s -> s.petitionId().equals(petition.id()))).hasSize(1)
                .allSatisfy(s -> assertThat(s.supporterId()).isEqualTo(supporterIds.supporterId("rosa.diaz@example.org")));
    }

    @Test
    void malformedNonMobileAndForeignNumbersAreRefusedNextToTheFieldInTheResidentsLanguageKeepingWhatWasTyped()
            throws Exception {
        assertThat(invalid(phoneForm("Rosa", "", "12"))).contains("Escribe un número de celular, por ejemplo (760) 555-1234",
                "id=\"phone-error\"", "value=\"12\"", "aria-describedby=\"phone-hint phone-error\"");
        assertThat(invalid(phoneForm("Rosa", "", "(800) 234-5678")))
                .contains("Este número no puede recibir mensajes de texto", "value=\"(800) 234-5678\"");
        assertThat(invalid(phoneForm("Rosa", "", "+52 744 123 4567")))
                .contains("No podemos enviar mensajes de texto a números de este país");
        assertThat(invalid(phoneForm("Rosa", "", "+1 416 555 0123").header("Accept-Language", "en")))
                .contains("We cannot send text messages to numbers of this country");
        assertThat(invalid(phoneForm("Rosa", "rosa@example.org", "760-555-0145 ext 2")))
                .contains("Escribe un número de celular", "value=\"rosa@example.org\"");
        assertThat(signatures.findAll().stream().filter(s -> s.petitionId().equals(petition.id()))).isEmpty();
    }

    @Test
    void neitherAnEmailNorANumberIsRefusedAskingForEither() throws Exception {
        assertThat(invalid(phoneForm("Rosa", "", ""))).contains("Escribe tu correo electrónico o tu número de celular");
        assertThat(invalid(phoneForm("Rosa", "", " ").header("Accept-Language", "en")))
                .contains("Enter your email address or your mobile number");
    }

    @Test
    void aFloodOfSignaturesToOneNumberSendsNoMoreCodesThanToOneAddress() throws Exception {
        Position notifications = fixtures.notificationPosition();
        String[] spellings = { "(760) 555-0146", "+1 760 555 0146", "760.555.0146", "17605550146", "+1 (760) 555-0146",
                "760 5550146" };
        String ticket = null;
        for (String spelling : spellings) {
            MvcResult result = mvc.perform(phoneForm("Rosa", "", spelling)).andExpect(status().isSeeOther()).andReturn();
            ticket = Fixtures.ticketOf(result.getResponse().getRedirectedUrl());
        }
        mvc.perform(post("/petitions/{slug}/resend", petition.slug()).with(csrf()).param("t", ticket)
                .param("via", "sms")).andExpect(status().isTooManyRequests());

        textTo(notifications, "+17605550146");
        events.assertNoEvent(notifications, NotificationRequested.class, n -> "+17605550146".equals(n.recipientPhone())
                && Fixtures.distinct(events.eventsSoFar(NotificationRequested.class,
                        other -> "+17605550146".equals(other.recipientPhone()))).size() > 1, Duration.ofSeconds(2));
        assertThat(Fixtures.distinct(events.eventsSoFar(NotificationRequested.class,
                n -> "+17605550146".equals(n.recipientPhone())))).hasSize(1);
    }

    private MockHttpServletRequestBuilder phoneForm(String name, String email, String phone) {
        return fixtures.signForm(petition.slug(), name, email, "MECCA").param("phone", phone);
    }

    private NotificationRequested textTo(Position after, String phone) {
        return events.awaitEvent(after, NotificationRequested.class,
                n -> phone.equals(n.recipientPhone()) && VERIFICATION.equals(n.templateKey()), Duration.ofSeconds(30))
                .event();
    }

    private String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String invalid(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
