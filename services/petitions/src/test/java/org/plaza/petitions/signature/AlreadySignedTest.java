package org.plaza.petitions.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.Mail;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Someone signs again with the address (or number) of a signature already confirmed: the page says what it says to
 * anyone ({@code VerificationTest}), and the owner of the address is told, in the language of that request, that they
 * had already signed and need do nothing; by text for a signer who gave only a number. The resend interval of codes
 * applies, so signing again cannot flood an address ({@code SignatureTest} holds the limits).
 */
@PetitionsTest
class AlreadySignedTest {

    private static final String ALREADY_SIGNED = "petitions.already-signed";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;

    OpenPetition petition;

    @BeforeEach
    void openPetition() throws Exception {
        petition = fixtures.openPetition();
    }

    @Test
    void aConfirmedSignerWhoSignsAgainIsToldByEmailInTheLanguageOfThatRequest() throws Exception {
        String email = Fixtures.unique("again") + "@example.org";
        Position notifications = fixtures.notificationPosition();
        fixtures.sign(petition.slug(), email, "MECCA", "es");
        Mail mail = fixtures.verificationMail(notifications, email);
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                .andExpect(status().isSeeOther());

        NotificationRequested told = signAgainUntilTold(n -> email.equals(n.recipientEmail()), () -> {
            fixtures.sign(petition.slug(), email, "MECCA", "en");
            return null;
        });

        assertThat(told.locale()).isEqualTo("en");
        assertThat(told.category()).isEqualTo("TRANSACTIONAL");
        assertThat(told.templateParameters()).containsKeys("petitionTitle", "petitionUrl");
        assertThat(told.templateParameters().get("petitionUrl")).contains(petition.slug()).endsWith("lang=en");
        assertThat(told.templateParameters()).doesNotContainKeys("code", "confirmUrl");
    }

    @Test
    void aConfirmedSignerWhoGaveOnlyANumberIsToldByText() throws Exception {
        String phone = "+17605550187";
        Position notifications = fixtures.notificationPosition();
        MvcResult signed = mvc.perform(fixtures.signForm(petition.slug(), "Lupe Ramírez", "", "MECCA")
                .param("phone", phone)).andExpect(status().isSeeOther()).andReturn();
        NotificationRequested code = events.awaitEvent(notifications, NotificationRequested.class,
                n -> phone.equals(n.recipientPhone()) && "petitions.signature-verification".equals(n.templateKey()),
                Duration.ofSeconds(30)).event();
        mvc.perform(post("/petitions/{slug}/confirm-code", petition.slug()).with(csrf())
                .param("t", Fixtures.ticketOf(signed.getResponse().getRedirectedUrl()))
                .param("code", code.templateParameters().get("code"))).andExpect(status().isSeeOther());

        NotificationRequested told = signAgainUntilTold(n -> phone.equals(n.recipientPhone()), () -> {
            mvc.perform(fixtures.signForm(petition.slug(), "Lupe R.", "", "MECCA").param("phone", phone)
                    .header("Accept-Language", "es")).andExpect(status().isSeeOther());
            return null;
        });

        assertThat(told.channel()).isEqualTo("SMS");
        assertThat(told.recipientEmail()).isNull();
        assertThat(told.locale()).isEqualTo("es");
    }

    /**
     * Signs again until the owner is told: the first time after the resend interval (10 s in tests) since the code
     * was sent; before that, signing again sends nothing.
     */
    private NotificationRequested signAgainUntilTold(Predicate<NotificationRequested> recipient,
            Callable<Void> signAgain) {
        Predicate<NotificationRequested> told = recipient.and(n -> ALREADY_SIGNED.equals(n.templateKey()));
        await().pollInterval(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(90)).until(() -> {
            signAgain.call();
            return !events.eventsSoFar(NotificationRequested.class, told).isEmpty();
        });
        return Fixtures.distinct(events.eventsSoFar(NotificationRequested.class, told)).get(0);
    }
}
