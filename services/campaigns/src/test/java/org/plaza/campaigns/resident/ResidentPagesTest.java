package org.plaza.campaigns.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.campaigns.CampaignFixtures;
import org.plaza.campaigns.CampaignsServiceTest;
import org.plaza.campaigns.action.ActionProjection;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.testsupport.forms.FormChoices;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The home page's filters and what residents may see, and the caching headers of resident pages. The
 * service reuses a page's content for a moment, so changes are awaited.
 */
class ResidentPagesTest extends CampaignsServiceTest {

    private static final Duration SECONDS = Duration.ofSeconds(20);

    @Autowired
    ActionProjection projection;

    String word;

    @BeforeEach
    void setUp() {
        word = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void homePageListsLaunchedCampaignsOnlyFilteredByCommunityAndIssueArea() throws Exception {
        Map<String, Object> health = CampaignFixtures.completeCampaign("salud " + word);
        health.put("issueArea", "HEALTH");
        health.put("communities", List.of("MECCA"));
        fixtures.launchedCampaign(organizer, health);
        fixtures.perform(fixtures.jsonBody(fixtures.as(post("/api/staff/campaigns"), organizer, Role.ORGANIZER),
                Map.of("title", Map.of("es", "Borrador " + word))));

        await().atMost(SECONDS).untilAsserted(() -> {
            assertThat(fixtures.page("/", "es")).contains("Agua limpia para Oasis salud " + word)
                    .doesNotContain("Borrador " + word);
            assertThat(fixtures.page("/?community=MECCA&issueArea=HEALTH", "en"))
                    .contains("Clean water for Oasis salud " + word, "Campaigns: Mecca · Health");
            assertThat(fixtures.page("/?community=MECCA", "es")).contains("Agua limpia para Oasis salud " + word);
            assertThat(fixtures.page("/?community=ATLANTIS&issueArea=nonsense&page=x", "en"))
                    .contains("Campaigns in the Eastern Coachella Valley", "salud " + word);
        });
        assertThat(fixtures.page("/?community=OASIS", "es")).doesNotContain("salud " + word);
        assertThat(fixtures.page("/?issueArea=WORK", "es")).doesNotContain("salud " + word);
    }

    @Test
    void theHomePageSearchesLaunchedCampaignsByTheWordsOfTheirTitlesWithTheStartersFindForm() throws Exception {
        String other = UUID.randomUUID().toString().substring(0, 8);
        fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign("buscada " + word));
        fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign("otra " + other));

        await().atMost(SECONDS).untilAsserted(() -> assertThat(fixtures.page("/?q=" + word.toUpperCase(), "es"))
                .contains("Agua limpia para Oasis buscada " + word, "id=\"find-q\"", "value=\"" + word.toUpperCase() + "\"")
                .doesNotContain("otra " + other));
        assertThat(fixtures.page("/?q=ninguna" + word + "&community=MECCA", "en"))
                .contains("Nothing matches your search and filters.").doesNotContain("buscada " + word);
    }

    @Test
    void theHomePageFiltersOfferExactlyThePlatformsCommunitiesAndIssueAreas() throws Exception {
        Vocabulary platform = Vocabulary.platformDefaults();
        String html = fixtures.page("/?community=DESERT_HOT_SPRINGS", "en");

        assertThat(FormChoices.of(html, "community")).containsExactlyElementsOf(Vocabulary.codes(platform.communities()));
        assertThat(FormChoices.of(html, "issueArea")).containsExactlyElementsOf(Vocabulary.codes(platform.issueAreas()));
        assertThat(html).contains("Campaigns: Desert Hot Springs", "Water and housing infrastructure");
    }

    @Test
    void aClosedCampaignLeavesTheHomePageButKeepsItsPage() throws Exception {
        var campaign = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign("cerrada " + word));
        fixtures.perform(fixtures.as(post("/api/staff/campaigns/{id}/close", campaign.get("id").asString()),
                organizer, Role.ORGANIZER));

        await().atMost(SECONDS).untilAsserted(() -> {
            assertThat(fixtures.page("/", "es")).doesNotContain("cerrada " + word);
            assertThat(fixtures.page(campaign.get("page").asString(), "en")).contains("This campaign has ended.");
            assertThat(fixtures.page(campaign.get("page").asString(), "es")).contains("Esta campaña terminó.");
        });
    }

    @Test
    void draftsAndUnknownAddressesAreNotFoundInTheResidentsLanguage() throws Exception {
        MvcResult missing = fixtures.perform(get("/campaigns/no-such-campaign-" + word + "?lang=en")
                .header(HttpHeaders.ACCEPT, "text/html"));

        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(missing.getResponse().getContentAsString()).contains("Campaign not found");
    }

    @Test
    void pagesCarryAnETagAndAnswerNotModifiedUntilSomethingChanges() throws Exception {
        var campaign = fixtures.launchedCampaign(organizer, CampaignFixtures.completeCampaign("cache " + word));
        String page = campaign.get("page").asString() + "?lang=es";

        MvcResult first = fixtures.perform(get(page));
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("W/\"");
        assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("private", "max-age=10",
                "must-revalidate");
        assertThat(first.getResponse().getHeaders(HttpHeaders.VARY)).anySatisfy(
                vary -> assertThat(vary).contains("Accept-Language"));

        MvcResult again = fixtures.perform(get(page).header(HttpHeaders.IF_NONE_MATCH, etag));
        assertThat(again.getResponse().getStatus()).isEqualTo(304);
        assertThat(again.getResponse().getContentAsString()).isEmpty();

        projection.driveOpened(new CommentDriveOpened("drv-" + word, campaign.get("id").asString(), "pb-1",
                "CITY_COUNCIL", "Presupuesto", "Budget", "2", Instant.now().plus(Duration.ofDays(3)),
                "America/Los_Angeles", Instant.now().plus(Duration.ofDays(2)), false, organizer, Instant.now()));
        MvcResult changed = await().atMost(SECONDS).until(
                () -> fixtures.perform(get(page).header(HttpHeaders.IF_NONE_MATCH, etag)),
                result -> result.getResponse().getStatus() == 200);
        assertThat(changed.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(etag);
        assertThat(changed.getResponse().getContentAsString()).contains("/comments/drives/drv-" + word);

        MvcResult otherLanguage = fixtures.perform(get(campaign.get("page").asString() + "?lang=en")
                .header(HttpHeaders.IF_NONE_MATCH, changed.getResponse().getHeader(HttpHeaders.ETAG)));
        assertThat(otherLanguage.getResponse().getStatus()).isEqualTo(200);

        MvcResult home = fixtures.perform(get("/?lang=es"));
        assertThat(fixtures.perform(get("/?lang=es").header(HttpHeaders.IF_NONE_MATCH,
                home.getResponse().getHeader(HttpHeaders.ETAG))).getResponse().getStatus()).isEqualTo(304);
    }
}
