package org.plaza.systemtests.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PlatformJourney;
import org.plaza.systemtests.SiteCrawler;

/**
 * Issue 18's crawl: a resident starts at the home page, in Spanish and in English, and follows every link
 * on every page they reach through the gateway (never staff pages, sign-in or POST forms). Every page and
 * file must answer without a 4xx or 5xx, every page in the site's layout, in the language asked for, with
 * no stack trace. An organizer first opens one of everything in a new campaign (a petition, a comment
 * drive before a public body, a shift), so the walk meets every kind of resident page. Issue 22 adds, on every page,
 * the link preview and the footer statements, on item pages the QR code and the flyer, and the lists and the archive.
 */
class ResidentSiteCrawlIT extends PlatformJourney {

    /** Far above what the shared platform holds; reaching it means a link space without end. */
    private static final int MAX_PAGES = 2_000;

    private Organizer.Openings openings;
    private String meetingId;

    @BeforeAll
    void anOrganizerOpensAPetitionADriveAndAShiftInANewCampaign() {
        openings = organizer.openOneOfEach(organizer.launchCampaign("Sombra para Mecca", "Shade for Mecca"), run);
        meetingId = organizer.scheduleMeeting(openings.campaignId(), run);
    }

    @ParameterizedTest(name = "{0}, starting at {1}")
    @CsvSource({ "es, /?lang=es", "en, /" })
    void everyPageAResidentReachesFromTheHomePageAnswersInTheLayoutAndInTheirLanguage(String language, String start) {
        SiteCrawler.Report report = new SiteCrawler(stack.gatewayUrl(), language, MAX_PAGES).crawl(start);

        assertThat(report.visited(openings.campaignPage())).as("the new campaign is reached from the home page").isTrue();
        assertThat(report.visited("/comments/drives/" + openings.driveId())).as("its drive").isTrue();
        assertThat(report.visited("/outreach/shifts/" + openings.shiftId())).as("its shift").isTrue();
        assertThat(report.findings()).as(report.describe()).isEmpty();
        assertThat(report.visited("/petitions/" + openings.petitionSlug())).as("its petition").isTrue();
        assertThat(report.visited("/outreach/meetings/" + meetingId)).as("a meeting of the campaign").isTrue();
        for (String list : List.of("/petitions", "/comments/drives", "/outreach/shifts", "/campaigns/archive")) {
            assertThat(report.visited(list + "?")).as("the list " + list + " searched with its form").isTrue();
        }
    }
}
