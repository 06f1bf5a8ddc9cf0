package org.plaza.outreach.shift.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plaza.outreach.testing.MongoQueries;
import org.plaza.outreach.testing.OutreachTest;
import org.plaza.outreach.testing.Scenario;
import org.plaza.outreach.testing.Scenario.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public shift list is read a page at a time (5 shifts in tests), with plain previous/next links, and a page
 * costs the same few queries however many shifts it shows.
 */
@OutreachTest
class ShiftListPagesTest {

    private static final List<String> SHIFT_DATA = List.of("shifts", "shift_seats", "trainings");

    @Autowired MockMvc mvc;
    @Autowired Scenario scenario;
    @Autowired MongoQueries queries;

    private Team team;
    private final List<String> shiftIds = new ArrayList<>();

    @BeforeEach
    void sevenShiftsOfOneCampaign() throws Exception {
        team = scenario.team();
        Instant now = Instant.now();
        for (int day = 3; day < 10; day++) {
            shiftIds.add(scenario.scheduleShift(team, team.shift().at(Scenario.local(now, day, LocalTime.of(9, 0)),
                    Scenario.local(now, day, LocalTime.of(11, 0)))));
        }
    }

    @Test
    void theShiftListShowsOnePageWithPlainLinksToTheNextAndPreviousPages() throws Exception {
        String first = page("/outreach/shifts?campaign=" + team.campaignId());
        assertThat(cards(first)).isEqualTo(5);
        assertThat(first).contains("id=\"next-page\"", "page=2").doesNotContain("id=\"previous-page\"", "<script")
                .contains(shiftIds.get(0), shiftIds.get(4)).doesNotContain(shiftIds.get(5));

        String second = page("/outreach/shifts?campaign=" + team.campaignId() + "&page=2&lang=en");
        assertThat(cards(second)).isEqualTo(2);
        assertThat(second).contains("id=\"previous-page\"", "Previous page", shiftIds.get(5), shiftIds.get(6))
                .doesNotContain("id=\"next-page\"", shiftIds.get(0));
        assertThat(cards(page("/outreach/shifts?campaign=" + team.campaignId() + "&page=9"))).isZero();
    }

    @Test
    void theJsonListIsPagedWithLinkHeaders() throws Exception {
        mvc.perform(get("/api/public/outreach/shifts").param("campaignId", team.campaignId()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[0].shiftId").value(shiftIds.get(0)))
                .andExpect(header().string("Link", "</api/public/outreach/shifts?campaignId=" + team.campaignId()
                        + "&page=2>; rel=\"next\""));
        mvc.perform(get("/api/public/outreach/shifts").param("campaignId", team.campaignId()).param("page", "2"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(header().string("Link", "</api/public/outreach/shifts?campaignId=" + team.campaignId()
                        + "&page=1>; rel=\"prev\""));
    }

    @Test
    void aPageOfShiftsCostsAFixedNumberOfQueriesHoweverManyShiftsItShows() throws Exception {
        AtomicReference<String> shown = new AtomicReference<>();
        List<String> sent = queries.during(() -> shown.set(page("/outreach/shifts?campaign=" + team.campaignId())));

        assertThat(cards(shown.get())).isEqualTo(5);
        assertThat(sent.stream().filter(SHIFT_DATA::contains)).as("queries for shifts, ledgers and trainings: %s", sent)
                .hasSizeLessThanOrEqualTo(3);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static int cards(String page) {
        return page.split("class=\"card\"", -1).length - 1;
    }
}
