package org.plaza.petitions.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.Fixtures.OpenPetition;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Comments appear with the signer's community, and moderators hide and restore them, audited. */
@PetitionsTest
class ModerationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;

    @Test
    void aModeratorHidesACommentWithAReasonAndRestoresIt() throws Exception {
        OpenPetition petition = fixtures.openPetition();
        fixtures.signAndConfirm(petition.slug(), "comenta@example.org", "OASIS", Fixtures.nextAddress(),
                "El agua sale café desde junio.");
        assertThat(page(petition)).contains("El agua sale café desde junio.", "Una persona de Oasis")
                .doesNotContain("comenta@example.org");

        String moderator = fixtures.bearer("mod-1", Role.MODERATOR);
        String signatureId = fixtures.json(mvc.perform(get("/api/staff/petitions/{id}/comments", petition.id())
                .header("Authorization", moderator)).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].text").value("El agua sale café desde junio.")).andReturn())
                .get(0).get("signatureId").asString();
        Position before = events.positionOf(StaffActionAudited.class);

        mvc.perform(post("/api/staff/petitions/{id}/comments/{s}/hide", petition.id(), signatureId)
                .header("Authorization", fixtures.bearer("org-zed", Role.ORGANIZER))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/staff/petitions/{id}/comments/{s}/hide", petition.id(), signatureId)
                .header("Authorization", moderator).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/staff/petitions/{id}/comments/{s}/hide", petition.id(), signatureId)
                .header("Authorization", moderator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Datos personales de un vecino\"}")).andExpect(status().isNoContent());
        assertThat(page(petition)).doesNotContain("El agua sale café");
        mvc.perform(get("/api/staff/petitions/{id}/comments?hidden=true", petition.id()).header("Authorization", moderator))
                .andExpect(jsonPath("$[0].hiddenReason").value("Datos personales de un vecino"));

        mvc.perform(post("/api/staff/petitions/{id}/comments/{s}/restore", petition.id(), signatureId)
                .header("Authorization", fixtures.bearer("organizer-1", Role.ORGANIZER))).andExpect(status().isNoContent());
        assertThat(page(petition)).contains("El agua sale café desde junio.");
        events.awaitEvents(before, StaffActionAudited.class, e -> e.itemId().equals(signatureId), 2,
                Duration.ofSeconds(30));
        assertThat(Fixtures.distinct(events.eventsSoFar(StaffActionAudited.class,
                e -> e.itemId().equals(signatureId)))).extracting(StaffActionAudited::action)
                .containsExactly("MODERATE", "RESTORE");
    }

    private String page(OpenPetition petition) throws Exception {
        return mvc.perform(get("/petitions/{slug}", petition.slug())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
