package org.plaza.systemtests.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plaza.systemtests.FullPlatform;
import org.plaza.systemtests.Organizer;
import org.plaza.systemtests.PlazaStack;
import org.plaza.systemtests.SiteCrawler;
import org.plaza.systemtests.StaffClient;

/**
 * Issue 18's crawl: a resident starts at the home page, in Spanish and in English, and follows every link
 * on every page they reach through the gateway (never staff pages, sign-in or POST forms). Every page and
 * file must answer without a 4xx or 5xx, every page in the site's layout, in the language asked for, with
 * no stack trace. An organizer first opens one of everything in a new campaign (a petition, a comment
 * drive before a public body, a shift), so the walk meets every kind of resident page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(FullPlatform.class)
class ResidentSiteCrawlIT {

    /** Far above what the shared platform holds; reaching it means a link space without end. */
    private static final int MAX_PAGES = 2_000;

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private PlazaStack stack;
    private Organizer.Openings openings;

    @BeforeAll
    void anOrganizerOpensAPetitionADriveAndAShiftInANewCampaign(PlazaStack platform, StaffClient admin) {
        stack = platform;
        Organizer organizing = new Organizer(admin);
        openings = organizing.openOneOfEach(organizing.launchCampaign("Sombra para Mecca", "Shade for Mecca"), run);
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
    }
}
