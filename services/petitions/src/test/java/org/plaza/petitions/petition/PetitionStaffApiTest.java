package org.plaza.petitions.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionDeadlineExtended;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.events.Position;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The organizers' API: the lifecycle with its events, object-level access, and refusals in both languages. */
@PetitionsTest
class PetitionStaffApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    PetitionService petitions;

    @Test
    void organizerOnTheTeamCreatesPublishesClosesDeliversAndRecordsTheResponse() throws Exception {
        String campaign = fixtures.campaign("org-ana");
        String ana = fixtures.bearer("org-ana", Role.ORGANIZER);
        Position before = events.positionOf(PetitionPublished.class, PetitionDeadlineExtended.class,
                PetitionClosed.class, PetitionDelivered.class, PetitionResponded.class, StaffActionAudited.class);
        String body = fixtures.petitionBody(campaign, Fixtures.unique("agua"), 1000, "");
        String id = fixtures.json(mvc.perform(post("/api/staff/petitions").header("Authorization", ana)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.milestones", Matchers.contains(250, 500, 750, 1000)))
                .andReturn()).get("id").asString();

        mvc.perform(post("/api/staff/petitions/{id}/publish", id).header("Authorization", ana))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        PetitionPublished published = events.awaitEvent(before, PetitionPublished.class,
                e -> e.petitionId().equals(id), Duration.ofSeconds(30)).event();
        assertThat(published.titleEs()).isEqualTo("Agua limpia para Mecca");
        assertThat(published.milestones()).containsExactly(250, 500, 750, 1000);
        assertThat(published.staffId()).isEqualTo("org-ana");

        Instant later = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        mvc.perform(post("/api/staff/petitions/{id}/deadline", id).header("Authorization", ana)
                .contentType(MediaType.APPLICATION_JSON).content("{\"closesAt\":\"" + later + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.details.closesAt").value(later.toString()));
        PetitionDeadlineExtended extended = events.awaitEvent(before, PetitionDeadlineExtended.class,
                e -> e.petitionId().equals(id), Duration.ofSeconds(30)).event();
        assertThat(extended).isEqualTo(new PetitionDeadlineExtended(id, campaign, null, later, "org-ana",
                extended.extendedAt()));
        mvc.perform(post("/api/staff/petitions/{id}/close", id).header("Authorization", ana))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        PetitionClosed closed = events.awaitEvent(before, PetitionClosed.class, e -> e.petitionId().equals(id),
                Duration.ofSeconds(30)).event();
        assertThat(closed.reason()).isEqualTo(PetitionClosed.Reason.CLOSED_BY_ORGANIZER);

        mvc.perform(post("/api/staff/petitions/{id}/delivery", id).header("Authorization", ana)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"deliveredOn\":\"" + LocalDate.now().minusDays(1) + "\",\"method\":\"PUBLIC_MEETING\","
                        + "\"notes\":\"Leída en la sesión del consejo\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DELIVERED"));
        assertThat(events.awaitEvent(before, PetitionDelivered.class, e -> e.petitionId().equals(id),
                Duration.ofSeconds(30)).event().method()).isEqualTo("PUBLIC_MEETING");
        mvc.perform(post("/api/staff/petitions/{id}/response", id).header("Authorization", ana)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"respondedOn\":\"" + LocalDate.now() + "\",\"outcome\":\"PARTIALLY_ACCEPTED\","
                        + "\"summaryEs\":\"La junta aprobó filtros.\",\"summaryEn\":\"The board approved filters.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.response.outcome").value("PARTIALLY_ACCEPTED"));
        events.awaitEvent(before, PetitionResponded.class, e -> e.petitionId().equals(id), Duration.ofSeconds(30));
        events.awaitEvents(before, StaffActionAudited.class, e -> e.itemId().equals(id), 6, Duration.ofSeconds(30));
        assertThat(Fixtures.distinct(events.eventsSoFar(StaffActionAudited.class, e -> e.itemId().equals(id))))
                .extracting(StaffActionAudited::action).containsOnly("CREATE", "PUBLISH", "EXTEND_DEADLINE", "CLOSE",
                        "DELIVER", "RESPOND")
                .contains("CREATE", "PUBLISH", "EXTEND_DEADLINE", "CLOSE", "DELIVER", "RESPOND");
    }

    @Test
    void publishingNeedsBothLanguagesAndSaysWhichFieldsAreMissingInTheStaffLanguage() throws Exception {
        String campaign = fixtures.campaign("org-ana");
        String id = fixtures.json(mvc.perform(post("/api/staff/petitions").header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"campaignId\":\"" + campaign + "\",\"titleEs\":\"Parque para Oasis\",\"textEs\":\"Texto\"}"))
                .andExpect(status().isCreated()).andReturn()).get("id").asString();

        mvc.perform(post("/api/staff/petitions/{id}/publish?lang=es", id).header("Authorization", fixtures.admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/petition-incomplete"))
                .andExpect(jsonPath("$.title").value("Petición incompleta"))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("titleEn", "textEn",
                        "decisionMakerEs", "decisionMakerEn", "signatureGoal", "communities")))
                .andExpect(jsonPath("$.errors[0].message").value("Necesario para publicar"));
        mvc.perform(post("/api/staff/petitions/{id}/publish?lang=en", id).header("Authorization", fixtures.admin()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("Petition incomplete"));
    }

    @Test
    void refusesATitleOrDecisionMakerWithALineBreakNamingTheField() throws Exception {
        String campaign = fixtures.campaign("org-ana");
        mvc.perform(post("/api/staff/petitions?lang=en").header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"campaignId\":\"" + campaign
                        + "\",\"titleEs\":\"Agua limpia\\r\\npara Oasis\",\"decisionMakerEn\":\"The board\\nof CVWD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("titleEs", "decisionMakerEn")))
                .andExpect(jsonPath("$.errors[0].message").value("Write it on one line, without line breaks"));
    }

    @Test
    void refusesBadInputWithFieldErrors() throws Exception {
        String campaign = fixtures.campaign("org-ana");
        mvc.perform(post("/api/staff/petitions?lang=en").header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"campaignId\":\"" + campaign + "\",\"titleEs\":\""
                        + "t".repeat(151) + "\",\"signatureGoal\":0,\"slug\":\"Not A Slug\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("titleEs", "signatureGoal", "slug")));
        mvc.perform(post("/api/staff/petitions").header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"campaignId\":\"" + campaign + "\",\"communities\":[\"ATLANTIS\"]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("communities"))
                .andExpect(jsonPath("$.errors[0].message").value("Elige una comunidad de la lista"));
        mvc.perform(post("/api/staff/petitions").header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"campaignId\":\"" + campaign + "\",\"extra\":1}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/staff/petitions").header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"campaignId\":\"cmp-unknown\"}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].field").value("campaignId"));
        String open = fixtures.openPetition().id();
        mvc.perform(put("/api/staff/petitions/{id}", open).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"titleEs\":\"Otro\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/staff/petitions/{id}/deadline", open).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"closesAt\":\"2020-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("closesAt"));
        mvc.perform(post("/api/staff/petitions/{id}/delivery", open).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"deliveredOn\":\"2026-01-01\",\"method\":\"IN_PERSON\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void refusesEmptyOversizedAndFutureDeliveryAndResponseInput() throws Exception {
        String campaign = fixtures.campaign("org-ana");
        mvc.perform(post("/api/staff/petitions?lang=en").header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content("{\"campaignId\":\"" + campaign + "\",\"textEs\":\""
                        + "t".repeat(20_001) + "\",\"decisionMakerEn\":\"" + "d".repeat(201) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("textEs", "decisionMakerEn")));
        String id = fixtures.openPetition().id();
        mvc.perform(post("/api/staff/petitions/{id}/close", id).header("Authorization", fixtures.admin()))
                .andExpect(status().isOk());

        delivery(id, "{}").andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("deliveredOn", "method")));
        delivery(id, "{\"deliveredOn\":\"" + LocalDate.now().plusDays(2) + "\",\"method\":\"IN_PERSON\"}")
                .andExpect(jsonPath("$.errors[0].field").value("deliveredOn"));
        delivery(id, "{\"deliveredOn\":\"2026-01-01\",\"method\":\"IN_PERSON\",\"notes\":\"" + "n".repeat(2_001)
                + "\"}").andExpect(jsonPath("$.errors[0].field").value("notes"));
        delivery(id, "{\"deliveredOn\":\"2026-01-01\",\"method\":\"CARRIER_PIGEON\"}");
        mvc.perform(post("/api/staff/petitions/{id}/delivery", id).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"deliveredOn\":\"" + LocalDate.now() + "\",\"method\":\"EMAIL\"}"))
                .andExpect(status().isOk());

        response(id, "{\"respondedOn\":\"" + LocalDate.now() + "\",\"outcome\":\"ACCEPTED\",\"summaryEs\":\" \","
                + "\"summaryEn\":\"" + "s".repeat(5_001) + "\"}")
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("summaryEs", "summaryEn")));
        response(id, "{\"respondedOn\":\"" + LocalDate.now().plusDays(2) + "\",\"outcome\":\"MAYBE\","
                + "\"summaryEs\":\"Sí\",\"summaryEn\":\"Yes\"}");
        mvc.perform(get("/api/staff/petitions/{id}", id).header("Authorization", fixtures.admin()))
                .andExpect(jsonPath("$.status").value("DELIVERED")).andExpect(jsonPath("$.response").doesNotExist());
    }

    private ResultActions delivery(String id, String body) throws Exception {
        return mvc.perform(post("/api/staff/petitions/{id}/delivery?lang=en", id).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());
    }

    private ResultActions response(String id, String body) throws Exception {
        return mvc.perform(post("/api/staff/petitions/{id}/response?lang=en", id).header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());
    }

    @Test
    void organizersManageOnlyTheirCampaignsAndFollowTeamChanges() throws Exception {
        String campaign = fixtures.campaign("org-ana");
        String id = fixtures.draft(campaign, 10, "").get("id").asString();
        String bea = fixtures.bearer("org-bea", Role.ORGANIZER);

        mvc.perform(post("/api/staff/petitions/{id}/publish", id).header("Authorization", bea))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://plaza.example/problems/campaign-forbidden"));
        mvc.perform(get("/api/staff/petitions/{id}", id).header("Authorization", bea)).andExpect(status().isForbidden());
        mvc.perform(get("/api/staff/petitions").header("Authorization", bea))
                .andExpect(jsonPath("$[*].id", Matchers.not(Matchers.hasItem(id))));
        mvc.perform(get("/api/staff/petitions/{id}", id).header("Authorization", fixtures.bearer("mod", Role.MODERATOR)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/staff/petitions/{id}/publish", id)
                .header("Authorization", fixtures.bearer("mod", Role.MODERATOR))).andExpect(status().isForbidden());

        events.publish(new CampaignTeamChanged(campaign, List.of("org-ana", "org-bea"),
                List.of("org-bea"), List.of(), "admin-1", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/staff/petitions/{id}", id).header("Authorization", bea))
                        .andExpect(status().isOk()));
        mvc.perform(get("/api/staff/petitions").header("Authorization", bea))
                .andExpect(jsonPath("$[*].id", Matchers.hasItem(id)));

        events.publish(new CampaignTeamChanged(campaign, List.of("org-bea"), List.of(),
                List.of("org-ana"), "admin-1", Instant.now()));
        String ana = fixtures.bearer("org-ana", Role.ORGANIZER);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/staff/petitions/{id}", id).header("Authorization", ana))
                        .andExpect(status().isForbidden()));
    }

    @Test
    void refusesStaffApisWithoutAToken() throws Exception {
        mvc.perform(get("/api/staff/petitions")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/staff/petitions").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void closesOpenPetitionsWhenTheirClosingDatePasses() throws Exception {
        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS);
        Fixtures.OpenPetition open = fixtures.openPetition(10, ",\"closesAt\":\"" + soon + "\"");
        Position before = events.positionOf(PetitionClosed.class);
        assertThat(petitions.closeDue(soon.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        PetitionClosed closed = events.awaitEvent(before, PetitionClosed.class,
                e -> e.petitionId().equals(open.id()), Duration.ofSeconds(30)).event();
        assertThat(closed.reason()).isEqualTo(PetitionClosed.Reason.DEADLINE_PASSED);
        assertThat(closed.staffId()).isNull();
    }
}
