package org.plaza.petitions;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bson.Document;

import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.hostile.CapabilityLink;
import org.plaza.testsupport.hostile.EmailForm;
import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.hostile.Outsider;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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

    /**
     * The emailed confirmation link, {@code ?token=<signature id>.<secret>}: its landing page and its button. Someone
     * else's is another signature's id with this secret; an expired one has run past its time. A link is not revoked
     * (a new email adds a credential), so the walk asks no revoked one.
     */
    @Override
    public List<CapabilityLink> capabilityLinks() throws Exception {
        return List.of(new ConfirmationLink(fixtures.openPetition().slug()));
    }

    /** The signing form and the public API: an address that has signed (and confirmed) and a new one get one answer. */
    @Override
    public List<EmailForm> emailForms() throws Exception {
        String slug = fixtures.openPetition().slug();
        return List.of(new Signing("POST /petitions/{slug}/signatures", slug, email -> post("/petitions/{slug}/signatures",
                slug).with(fromAnotherAddress()).param("fullName", "Firmante Sondeo").param("email", email)
                .param("community", "MECCA").param("website", "")),
                new Signing("POST /api/public/petitions/{slug}/signatures", slug, email -> post(
                        "/api/public/petitions/{slug}/signatures", slug).with(fromAnotherAddress())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fullName\":\"Firmante Sondeo\",\"email\":\""
                                + email + "\",\"community\":\"MECCA\"}")));
    }

    /** Each submission from its own client address, so the per-address limit never tells two apart. */
    private static RequestPostProcessor fromAnotherAddress() {
        String address = Fixtures.nextAddress();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private final class ConfirmationLink implements CapabilityLink {

        private final String slug;
        private final List<String> minted = new ArrayList<>();

        ConfirmationLink(String slug) {
            this.slug = slug;
        }

        @Override
        public String template() {
            return "/petitions/" + slug + "/confirm?token={id}.{key}";
        }

        /** A signer's link, as the verification email carries it (not yet used). */
        @Override
        public Minted mint() throws Exception {
            String name = "Firmante " + Fixtures.unique("enlace");
            String email = Fixtures.unique("enlace") + "@example.org";
            Position before = fixtures.notificationPosition();
            fixtures.signFrom(slug, name, email, "MECCA", Fixtures.nextAddress(), null);
            String token = fixtures.verificationMail(before, email).token();
            int dot = token.indexOf('.');
            minted.add(token.substring(0, dot));
            return Minted.of(token.substring(0, dot), token.substring(dot + 1), name, email);
        }

        @Override
        public Minted expired() throws Exception {
            Minted link = mint();
            Query signature = Query.query(Criteria.where("_id").is(link.id()));
            List<Document> credentials = mongo.findOne(signature, Document.class, "signatures")
                    .getList("credentials", Document.class);
            credentials.forEach(credential -> credential.put("expiresAt", Date.from(Instant.now().minus(Duration.ofDays(30)))));
            mongo.updateFirst(signature, new Update().set("credentials", credentials), "signatures");
            return link;
        }

        @Override
        public Minted revoked() {
            return null;
        }

        @Override
        public List<Visit> visits() {
            return List.of(Visit.page(), Visit.post("", Map.of()));
        }

        @Override
        public List<Callable<?>> watched() {
            Query query = Query.query(Criteria.where("_id").in(minted)).with(Sort.by("_id"));
            Callable<List<Document>> signatures = () -> mongo.find(query, Document.class, "signatures").stream()
                    .peek(d -> d.remove("_outbox")).toList();
            return List.of(signatures);
        }
    }

    private final class Signing implements EmailForm {

        private final String name;
        private final String slug;
        private final Submission submission;

        Signing(String name, String slug, Submission submission) {
            this.name = name;
            this.slug = slug;
            this.submission = submission;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void actAs(String email) throws Exception {
            fixtures.signAndConfirm(slug, email, "MECCA", Fixtures.nextAddress(), null);
        }

        @Override
        public MockHttpServletRequestBuilder submit(String email) throws Exception {
            return submission.submit(email);
        }
    }

    private interface Submission {
        MockHttpServletRequestBuilder submit(String email) throws Exception;
    }
}
