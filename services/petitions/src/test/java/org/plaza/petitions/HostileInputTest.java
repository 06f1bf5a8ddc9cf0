package org.plaza.petitions;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.hostile.Outsider;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the service, resident and staff, against the platform's hostile-input walk, including
 * every staff operation on campaign X's petition, signatures and invalidations as an organizer of another
 * campaign's team.
 */
@PetitionsTest
class HostileInputTest implements HostileInputWalk {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Fixtures fixtures;

    @Override
    public RequestPostProcessor admin() {
        return HostileInput.authorization(fixtures.admin());
    }

    /**
     * Campaign X with an open petition, a signer's comment and an applied invalidation, and an organizer on
     * campaign Y's team. The bodies are valid ones where validation comes before the team check.
     */
    @Override
    public Outsider organizerOfAnotherTeam() throws Exception {
        String campaignX = fixtures.campaign(Fixtures.unique("organizer-x"));
        String outsider = Fixtures.unique("organizer-y");
        fixtures.campaign(outsider);
        JsonNode draft = fixtures.draft(campaignX, 100, "");
        String petitionId = draft.get("id").asString();
        String slug = draft.get("slug").asString();
        mvc.perform(post("/api/staff/petitions/{id}/publish", petitionId).header(HttpHeaders.AUTHORIZATION,
                fixtures.admin())).andExpect(status().isOk());
        String invalid = Fixtures.unique("falsa") + "@example.org";
        fixtures.signAndConfirm(slug, Fixtures.unique("vecina") + "@example.org", "MECCA", Fixtures.nextAddress(),
                "Queremos agua limpia");
        fixtures.signAndConfirm(slug, invalid, "OASIS", Fixtures.nextAddress(), null);
        String batchId = fixtures.json(mvc.perform(post("/api/staff/petitions/{id}/invalidations", petitionId)
                .header(HttpHeaders.AUTHORIZATION, fixtures.admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"criterion\":\"CANONICAL_EMAIL\",\"value\":\"" + invalid + "\"}"))
                .andExpect(status().isAccepted()).andReturn()).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(
                get("/api/staff/petitions/{id}/invalidations/{batchId}", petitionId, batchId)
                        .header(HttpHeaders.AUTHORIZATION, fixtures.admin()))
                .andExpect(jsonPath("$.status").value("APPLIED")));
        String signatureId = fixtures.json(mvc.perform(get("/api/staff/petitions/{id}/comments", petitionId)
                .header(HttpHeaders.AUTHORIZATION, fixtures.admin())).andExpect(status().isOk()).andReturn())
                .get(0).get("signatureId").asString();
        String yesterday = LocalDate.now().minusDays(1).toString();

        return new Outsider(HostileInput.authorization(fixtures.bearer(outsider, Role.ORGANIZER)),
                Map.of("id", petitionId, "batchId", batchId, "signatureId", signatureId, "campaignId", campaignX))
                .withBody("POST /api/staff/petitions",
                        fixtures.petitionBody(campaignX, Fixtures.unique("ajena"), 100, ""))
                .withBody("PUT /api/staff/petitions/{id}", """
                        {"titleEs":"Agua","titleEn":"Water","textEs":"Texto","textEn":"Text",
                         "decisionMakerEs":"La junta","decisionMakerEn":"The board","signatureGoal":50,
                         "communities":["MECCA"]}""")
                .withBody("POST /api/staff/petitions/{id}/delivery",
                        "{\"deliveredOn\":\"" + yesterday + "\",\"method\":\"IN_PERSON\",\"notes\":\"Entregada\"}")
                .withBody("POST /api/staff/petitions/{id}/response", "{\"respondedOn\":\"" + yesterday
                        + "\",\"outcome\":\"ACCEPTED\",\"summaryEs\":\"Aceptada\",\"summaryEn\":\"Accepted\"}")
                .watching(Outsider.documents(mongo, "petitions", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "signatures", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "signature_invalidations", "campaignId", campaignX))
                .watching(Outsider.documents(mongo, "staff_audit", "campaignId", campaignX));
    }
}
