package org.plaza.outreach.shift.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.plaza.starter.find.CampaignTopics;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public shift list with the starter's find kit: words in Spanish or English whatever their accents or
 * capitals, the shift's community, the campaign's issue area, a campaign kept by the form, hostile input.
 */
@OutreachTest
class ShiftFindTest {

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired KafkaTestEvents events;
    @Autowired CampaignTopics topics;

    private String tag;
    private Team water;

    @BeforeEach
    void shiftsOfTwoCampaigns() throws Exception {
        tag = "t" + Scenario.next() + "x" + System.nanoTime() % 100_000;
        water = scenario.team();
        String organizer = scenario.organizer();
        Team health = new Team(organizer, scenario.organizerBearer(organizer), launched(organizer, "HEALTH"));
        scenario.scheduleShift(water, water.shift().set("titleEs", "Participación en Mecca " + tag)
                .set("titleEn", "Door knocking " + tag));
        scenario.scheduleShift(health, health.shift().set("titleEs", "Feria de salud " + tag)
                .set("titleEn", "Health fair " + tag).set("descriptionEs", "Más PARTICIPACIÓN en la salud")
                .set("descriptionEn", "Health for all").set("community", "OASIS"));
    }

    @Test
    void findsSpanishAndEnglishWordsWhateverTheirAccentsOrCapitals() throws Exception {
        for (String q : List.of("participación", "participacion", "PARTICIPACION", "PARTICIP")) {
            assertThat(titles("/outreach/shifts?q={q}", q + " " + tag)).as(q)
                    .containsExactlyInAnyOrder("Participación en Mecca " + tag, "Feria de salud " + tag);
        }
    }

    @Test
    void filtersByTheShiftsCommunityTheCampaignsIssueAreaAndTheCampaign() throws Exception {
        assertThat(titles("/outreach/shifts?q={q}&community=OASIS", tag)).containsExactly("Feria de salud " + tag);
        assertThat(titles("/outreach/shifts?q={q}&issueArea=HEALTH", tag)).containsExactly("Feria de salud " + tag);
        assertThat(titles("/outreach/shifts?q={q}&campaign={c}", tag, water.campaignId()))
                .containsExactly("Participación en Mecca " + tag);
        assertThat(page("/outreach/shifts?q={q}&campaign={c}", tag, water.campaignId()))
                .contains("<input type=\"hidden\" name=\"campaign\" value=\"" + water.campaignId() + "\">");
    }

    @Test
    void nothingFoundIsSaidInBothLanguagesAndHostileInputIsPlainWords() throws Exception {
        assertThat(page("/outreach/shifts?q={q}", "zzz" + tag)).contains("Nada coincide con tu búsqueda y filtros.",
                "value=\"zzz" + tag + "\"");
        assertThat(page("/outreach/shifts?lang=en&q={q}", "zzz" + tag)).contains("Nothing matches your search and filters.");
        assertThat(page("/outreach/shifts?q={q}&community=%24ne&page=-1", ".*(a+)+$ <b>" + tag))
                .doesNotContain("<b>" + tag).contains("&lt;b&gt;" + tag);
    }

    private String launched(String organizer, String issueArea) {
        String campaignId = "cmp_find" + Scenario.next();
        events.publish(new CampaignLaunched(campaignId, "Salud", "Health", issueArea, List.of("OASIS"), LocalDate.now(),
                null, List.of(organizer), organizer, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> topics.campaignIds(issueArea, null).contains(campaignId));
        return campaignId;
    }

    private String page(String path, Object... variables) throws Exception {
        return mvc.perform(get(path, variables)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> titles(String path, Object... variables) throws Exception {
        return Pattern.compile("<h2><a href=\"/outreach/shifts/[^\"]+\">([^<]+)</a></h2>").matcher(page(path, variables))
                .results().map(m -> m.group(1)).toList();
    }
}
