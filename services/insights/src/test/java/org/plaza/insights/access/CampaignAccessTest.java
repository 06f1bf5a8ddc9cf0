package org.plaza.insights.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.campaign;
import static org.plaza.insights.support.Fixtures.id;
import static org.plaza.insights.support.Fixtures.team;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.plaza.insights.support.Api;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.testsupport.security.Role;

import tools.jackson.databind.JsonNode;

/** Operators see everything; organizers see the campaigns whose team they are on, as the hub announces it. */
class CampaignAccessTest extends InsightsServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void organizersSeeOnlyTheCampaignsWhoseTeamTheyAreOn() {
        String mine = id("cmp");
        String theirs = id("cmp");
        String me = id("org");
        events.publish(campaign(mine, "Escuelas seguras", "Safe schools", me));
        events.publish(campaign(theirs, "Parques", "Parks", id("org")));
        await().atMost(WAIT).until(() -> ids(api().getJson("/api/staff/insights/overview", "op-1", Role.OPERATOR))
                .contains(theirs) && ids(api().getJson("/api/staff/insights/overview", "op-1", Role.OPERATOR)).contains(mine));

        JsonNode overview = api().getJson("/api/staff/insights/overview", me, Role.ORGANIZER);
        assertThat(ids(overview)).contains(mine).doesNotContain(theirs);
        assertThat(overview.get("health").isNull()).isTrue();
        assertThat(overview.get("everything").asBoolean()).isFalse();
        assertThat(api().get("/api/staff/insights/campaigns/" + mine, me, Role.ORGANIZER).status()).isEqualTo(200);

        Api.Answer refused = api().get("/api/staff/insights/campaigns/" + theirs, me, Role.ORGANIZER);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("campaign-forbidden");
    }

    @Test
    void anOrganizerRemovedFromTheTeamNoLongerSeesTheCampaign() {
        String campaign = id("cmp");
        String leaving = id("org");
        events.publish(campaign(campaign, "Aire limpio", "Clean air", leaving));
        await().atMost(WAIT).until(() -> api().get("/api/staff/insights/campaigns/" + campaign, leaving, Role.ORGANIZER)
                .status() == 200);

        events.publish(team(campaign, id("org")));

        await().atMost(WAIT).until(() -> api().get("/api/staff/insights/campaigns/" + campaign, leaving, Role.ORGANIZER)
                .status() == 403);
    }

    @Test
    void explainsARefusalInTheReadersLanguage() {
        String campaign = id("cmp");
        Api.Answer spanish = api().get("/api/staff/insights/campaigns/" + campaign + "?lang=es", "org-9", Role.ORGANIZER);
        Api.Answer english = api().get("/api/staff/insights/campaigns/" + campaign + "?lang=en", "org-9", Role.ORGANIZER);

        assertThat(spanish.status()).isEqualTo(403);
        assertThat(json.readTree(spanish.body()).get("title").asString()).isEqualTo("No es tu campaña");
        assertThat(json.readTree(english.body()).get("title").asString()).isEqualTo("Not your campaign");
    }

    @Test
    void refusesStaffWithoutAnInsightsRoleAndAnonymousVisitors() {
        assertThat(api().get("/api/staff/insights/overview", "mod-1", Role.MODERATOR).status()).isEqualTo(403);
        assertThat(api().get("/staff/insights", "mod-1", Role.MODERATOR).status()).isEqualTo(403);
        assertThat(api().anonymous("/api/staff/insights/overview").status()).isEqualTo(401);
        assertThat(api().anonymous("/staff/insights").status()).isEqualTo(401);
    }

    @Test
    void onlyAdminsRebuildTheNumbers() {
        assertThat(api().post("/api/staff/insights/replay", "op-1", Role.OPERATOR).status()).isEqualTo(403);
        assertThat(api().post("/api/staff/insights/replay", "org-1", Role.ORGANIZER).status()).isEqualTo(403);
        assertThat(api().get("/api/staff/insights/replay", "op-1", Role.OPERATOR).status()).isEqualTo(200);
    }

    private static java.util.List<String> ids(JsonNode overview) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        overview.get("campaigns").forEach(row -> ids.add(row.get("id").asString()));
        return ids;
    }
}
