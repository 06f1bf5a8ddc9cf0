package org.plaza.comments.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.comments.CommentsServiceTest;
import org.plaza.comments.Fixtures;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.starter.find.CampaignTopics;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The browsable list of open drives: words of the agenda item in Spanish or English whatever their accents or
 * capitals, the campaign's community and issue area, closed-for-comment drives left out, hostile input as words.
 */
@CommentsServiceTest
class DriveFindTest {

    private static int sequence;

    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    KafkaTestEvents events;
    @Autowired
    CampaignTopics topics;

    String tag;

    @BeforeEach
    void drivesOfTwoCampaigns() {
        tag = "t" + ++sequence + "x" + System.nanoTime() % 100_000;
        String health = launched("HEALTH", "OASIS");
        String water = launched("WATER_AND_HOUSING_INFRASTRUCTURE", "MECCA");
        drive(health, "Participación en la clínica " + tag, "Clinic hours " + tag, "La junta decide el horario.");
        drive(water, "Tarifas de agua " + tag, "Water rates " + tag, "Sin PARTICIPACIÓN no hay tarifas justas.");
    }

    @Test
    void findsSpanishAndEnglishWordsWhateverTheirAccentsOrCapitals() throws Exception {
        for (String q : List.of("participación", "participacion", "PARTICIPACION", "particip")) {
            assertThat(titles("/comments/drives?q={q}", q + " " + tag)).as(q)
                    .containsExactlyInAnyOrder("Participación en la clínica " + tag, "Tarifas de agua " + tag);
        }
        assertThat(titles("/comments/drives?q={q}&lang=en", "CLINIC " + tag)).containsExactly("Clinic hours " + tag);
    }

    @Test
    void filtersByTheCampaignsCommunityAndIssueArea() throws Exception {
        assertThat(titles("/comments/drives?q={q}&community=OASIS", tag)).containsExactly("Participación en la clínica " + tag);
        assertThat(titles("/comments/drives?q={q}&issueArea=WATER_AND_HOUSING_INFRASTRUCTURE", tag))
                .containsExactly("Tarifas de agua " + tag);
        assertThat(titles("/comments/drives?q={q}&issueArea=HEALTH&community=MECCA", tag)).isEmpty();
    }

    @Test
    void nothingFoundIsSaidInBothLanguagesAndHostileInputIsPlainWords() throws Exception {
        assertThat(page("/comments/drives?q={q}", "zzz" + tag)).contains("<h1>Abiertas a comentario público</h1>",
                "Nada coincide con tu búsqueda y filtros.", "value=\"zzz" + tag + "\"");
        assertThat(page("/comments/drives?q={q}&lang=en", "zzz" + tag)).contains("Nothing matches your search and filters.");
        assertThat(page("/comments/drives?q={q}&issueArea=%7B%7D&page=x", ".*(a+)+$ \"><i>" + tag))
                .doesNotContain("<i>" + tag);
    }

    private String launched(String issueArea, String community) {
        String campaignId = "cmp_find" + ++sequence + "x" + System.nanoTime() % 100_000;
        events.publish(new CampaignLaunched(campaignId, "Campaña", "Campaign", issueArea, List.of(community), null, null,
                List.of("admin-1"), "admin-1", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> topics.campaignIds(issueArea, null).contains(campaignId));
        return campaignId;
    }

    private void drive(String campaignId, String titleEs, String titleEn, String decisionEs) {
        Map<String, Object> request = fixtures.driveRequest(fixtures.body(300), Duration.ofDays(3), false);
        request.put("campaignId", campaignId);
        request.put("titleEs", titleEs);
        request.put("titleEn", titleEn);
        request.put("decisionEs", decisionEs);
        fixtures.postJson("/api/staff/comments/drives", fixtures.admin(), request);
    }

    private String page(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> titles(String path, Object... variables) throws Exception {
        return Pattern.compile("<h2><a href=\"/comments/drives/[^\"]+\">([^<]+)</a></h2>").matcher(page(path, variables))
                .results().map(m -> m.group(1)).toList();
    }
}
