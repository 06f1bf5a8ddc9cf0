package org.plaza.petitions.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The delivery and the response reach each verified signer who asked for updates, once, in their language. */
@PetitionsTest
class SignerUpdatesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    SignerUpdates updates;

    @Test
    void sendsTheDeliveryAndTheResponseOnceToVerifiedSignersWhoOptedIn() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        fixtures.signAndConfirm(petition.slug(), "quiere@example.org", "MECCA", Fixtures.nextAddress(), null);
        Position notifications = fixtures.notificationPosition();
        mvc.perform(fixtures.signForm(petition.slug(), "No quiere", "noquiere@example.org", "MECCA")
                .header("Accept-Language", "en")).andExpect(status().isSeeOther());
        fixtures.signFrom(petition.slug(), "pendiente2@example.org", "MECCA", Fixtures.nextAddress(), null);
        var mail = fixtures.verificationMail(notifications, "noquiere@example.org");
        mvc.perform(post("/petitions/{slug}/confirm", petition.slug()).with(csrf()).param("token", mail.token()))
                .andExpect(status().isSeeOther());

        Position before = fixtures.notificationPosition();
        String admin = fixtures.admin();
        mvc.perform(post("/api/staff/petitions/{id}/close", petition.id()).header("Authorization", admin));
        mvc.perform(post("/api/staff/petitions/{id}/delivery", petition.id()).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"deliveredOn\":\"" + LocalDate.now() + "\",\"method\":\"IN_PERSON\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/staff/petitions/{id}/response", petition.id()).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"respondedOn\":\"" + LocalDate.now()
                        + "\",\"outcome\":\"ACCEPTED\",\"summaryEs\":\"La junta instalará filtros.\","
                        + "\"summaryEn\":\"The board will install filters.\"}")).andExpect(status().isOk());

        NotificationRequested delivered = awaitRequest(before, petition.id(), "petitions.update");
        NotificationRequested response = awaitRequest(before, petition.id(), "petitions.decision-maker-response");
        assertThat(List.of(delivered, response)).extracting(NotificationRequested::recipientEmail)
                .containsOnly("quiere@example.org");
        assertThat(delivered.locale()).isEqualTo("es");
        assertThat(delivered.category()).isEqualTo("CAMPAIGN_UPDATES");
        assertThat(delivered.templateParameters()).containsEntry("updateTitle", "La petición se entregó")
                .containsKeys("petitionTitle", "updateText", "petitionUrl");
        assertThat(response.templateParameters()).containsEntry("responseText", "La junta instalará filtros.")
                .containsEntry("decisionMaker", "La junta del distrito de agua");

        assertThat(updates.send(petition.id())).isZero();
        events.assertNoEvent(before, NotificationRequested.class, n -> n.relatedIds().contains(petition.id())
                && Fixtures.distinct(events.eventsSoFar(NotificationRequested.class,
                        m -> m.relatedIds().contains(petition.id())
                                && !m.templateKey().equals("petitions.signature-verification"))).size() > 2,
                Duration.ofSeconds(2));
    }

    /**
     * The first request of a template about the petition after a position. Kafka may hold an event twice (a
     * send retried after a timeout; consumers drop the copy by its id), so the test asks by template, not
     * for "the next two records".
     */
    private NotificationRequested awaitRequest(Position after, String petitionId, String templateKey) {
        return events.awaitEvent(after, NotificationRequested.class,
                n -> n.relatedIds().contains(petitionId) && n.templateKey().equals(templateKey), Duration.ofSeconds(30))
                .event();
    }
}
