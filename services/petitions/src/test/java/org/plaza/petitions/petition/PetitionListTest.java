package org.plaza.petitions.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.petitions.Fixtures;
import org.plaza.petitions.PetitionsTest;
import org.plaza.starter.find.CampaignTopics;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The browsable list of petitions: search in Spanish and English whatever the accents and capitals, filters by
 * community and by the campaign's issue area, drafts never shown, hostile input answered as plain words.
 */
@PetitionsTest
class PetitionListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    CampaignTopics topics;

    String tag;

    @BeforeEach
    void petitions() throws Exception {
        tag = "t" + Fixtures.unique("x").replaceAll("[^0-9]", "");
        String health = launched("HEALTH", "OASIS");
        String water = fixtures.campaign("organizer-1");
        publish(health, "Participación juvenil en Oasis " + tag, "Youth voice in Oasis", "Pedimos.", "OASIS", true);
        publish(water, "Voz de la juventud " + tag, "Young people in Mecca", "Pedimos más PARTICIPACIÓN.", "MECCA", true);
        publish(water, "Borrador de participación " + tag, "Draft", "Pedimos.", "MECCA", false);
    }

    @Test
    void findsSpanishAndEnglishWordsWhateverTheirAccentsOrCapitals() throws Exception {
        for (String q : List.of("participación", "participacion", "PARTICIPACION", "Particip")) {
            assertThat(titles("/petitions?q={q}", q + " " + tag)).as(q)
                    .containsExactlyInAnyOrder("Participación juvenil en Oasis " + tag, "Voz de la juventud " + tag);
        }
        assertThat(titles("/petitions?q={q}&lang=en", "YOUNG people " + tag)).containsExactly("Young people in Mecca");
    }

    @Test
    void filtersByCommunityAndByTheCampaignsIssueArea() throws Exception {
        assertThat(titles("/petitions?q={q}&community=OASIS", tag)).containsExactly("Participación juvenil en Oasis " + tag);
        assertThat(titles("/petitions?q={q}&issueArea=HEALTH", tag)).containsExactly("Participación juvenil en Oasis " + tag);
        assertThat(titles("/petitions?q={q}&issueArea=WATER_AND_HOUSING_INFRASTRUCTURE&community=MECCA", tag))
                .containsExactly("Voz de la juventud " + tag);
        assertThat(titles("/petitions?q={q}&issueArea=WORK", tag)).isEmpty();
    }

    @Test
    void theListIsBilingualKeepsTheQueryAndSaysWhenNothingMatches() throws Exception {
        String spanish = page("/petitions?q={q}&community=MECCA", "zzz" + tag);
        assertThat(spanish).contains("<h1>Peticiones</h1>", "Nada coincide con tu búsqueda y filtros.",
                "value=\"zzz" + tag + "\"", "<option value=\"MECCA\" selected=\"selected\">Mecca</option>",
                "role=\"search\"").doesNotContain("<script");
        assertThat(page("/petitions?lang=en&q={q}", "zzz" + tag)).contains("<h1>Petitions</h1>",
                "Nothing matches your search and filters.", ">Search</button>");
    }

    @Test
    void aMaliciousPatternIsSearchedAsPlainWordsAndUnknownFiltersAreIgnored() throws Exception {
        assertThat(page("/petitions?q={q}&community=ATLANTIS&issueArea=%24ne&page=abc", ".*(a+)+$ " + tag))
                .contains("<h1>Peticiones</h1>");
        assertThat(titles("/petitions?q={q}", "[(* " + tag)).hasSize(2);
    }

    private String launched(String issueArea, String community) {
        String campaignId = Fixtures.unique("cmp");
        events.publish(new CampaignLaunched(campaignId, "Salud", "Health", issueArea, List.of(community), null, null,
                List.of("organizer-1"), "admin-1", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> topics.campaignIds(issueArea, null).contains(campaignId));
        return campaignId;
    }

    private void publish(String campaignId, String titleEs, String titleEn, String textEs, String community,
            boolean publish)
            throws Exception {
        String body = """
                {"campaignId":"%s","slug":"%s","titleEs":"%s","titleEn":"%s","textEs":"%s","textEn":"We ask.",
                 "decisionMakerEs":"La junta","decisionMakerEn":"The board","signatureGoal":100,"communities":["%s"]}"""
                .formatted(campaignId, Fixtures.unique("p"), titleEs, titleEn, textEs, community);
        String id = fixtures.json(mvc.perform(post("/api/staff/petitions").header("Authorization", fixtures.admin())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn())
                .get("id").asString();
        if (publish) {
            mvc.perform(post("/api/staff/petitions/{id}/publish", id).header("Authorization", fixtures.admin()))
                    .andExpect(status().isOk());
        }
    }

    private String page(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private List<String> titles(String path, Object... variables) throws Exception {
        return Pattern.compile("<h2><a href=\"[^\"]+\">([^<]+)</a></h2>").matcher(page(path, variables)).results()
                .map(m -> m.group(1)).toList();
    }
}
