package org.plaza.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The staff-page part of the walk, against pages that refuse strangers and organizers of other teams and pages that do not. */
class StaffPagesTest {

    private static final RequestPostProcessor WITHOUT_ROLE = HostileInput.authorization("Bearer no-role");

    private final AtomicBoolean closed = new AtomicBoolean();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages(closed)).build();

    @Test
    void acceptsAPageThatAnswers401WithoutATokenAnd403WithoutARole() {
        assertThat(walk("/staff/guarded")).extracting(DynamicTest::getDisplayName).containsExactly(
                "GET /staff/guarded without a token is refused or sent to sign in",
                "GET /staff/guarded with a token without a staff role is refused or sent to sign in");
        assertPasses("/staff/guarded");
    }

    @Test
    void acceptsAPageThatSendsStrangersToSignIn() {
        assertPasses("/staff/signs-in");
    }

    @Test
    void failsAPageThatShowsItselfToAStranger() {
        assertFails("/staff/open", "answered 200");
    }

    @Test
    void failsARedirectThatLeadsAnywhereButASignIn() {
        assertFails("/staff/redirects-elsewhere", "redirected with 302");
    }

    @Test
    void failsAPageThatBreaksForAStranger() {
        assertFails("/staff/broken", "answered 500");
    }

    @Test
    void failsAPageThatNothingGuardsEvenForAnIdThatDoesNotExist() {
        assertFails("/staff/drives/{driveId}", "answered 404");
    }

    @Test
    void checksOnlyTheNoTokenVisitWhenTheServiceTrustsNoRoleLessToken() {
        List<DynamicTest> tests = new ArrayList<>();
        HostileInput.addStaffPage(tests, mvc, null, new Endpoint(HttpMethod.GET, "/staff/guarded", false, true));

        assertThat(tests).extracting(DynamicTest::getDisplayName)
                .containsExactly("GET /staff/guarded without a token is refused or sent to sign in");
    }

    @Test
    void aStaffPageIsAGetUnderStaff() {
        assertThat(new Endpoint(HttpMethod.GET, "/staff/petitions/{id}", false, true).isStaffPage()).isTrue();
        assertThat(new Endpoint(HttpMethod.POST, "/staff/petitions/{id}", false, true).isStaffPage()).isFalse();
        assertThat(new Endpoint(HttpMethod.GET, "/api/staff/petitions/{id}", true, false).isStaffPage()).isFalse();
        assertThat(new Endpoint(HttpMethod.GET, "/petitions/{slug}", false, true).isStaffPage()).isFalse();
    }

    @Test
    void acceptsAPageThatRefusesAnOrganizerOfAnotherTeamCampaignXsResource() {
        assertPassesForOutsider(HttpMethod.GET, "/staff/guarded-drives/{driveId}");
        assertPassesForOutsider(HttpMethod.GET, "/staff/hidden-drives/{driveId}");
    }

    @Test
    void acceptsAFormThatSendsAnOrganizerOfAnotherTeamWhereCampaignXIsNotShown() {
        assertPassesForOutsider(HttpMethod.POST, "/staff/drives/{driveId}/to-list");
        assertPassesForOutsider(HttpMethod.POST, "/staff/drives/{driveId}/to-guarded-drive");
    }

    @Test
    void failsAPageThatShowsCampaignXToAnOrganizerOfAnotherTeam() {
        assertFailsForOutsider(HttpMethod.GET, "/staff/drives/{driveId}", "answered 200");
    }

    @Test
    void failsARefusalThatShowsCampaignXsIds() {
        assertFailsForOutsider(HttpMethod.GET, "/staff/chatty-drives/{driveId}", "showing campaign X's driveId");
    }

    @Test
    void failsAFormThatRedirectsAnOrganizerOfAnotherTeamToCampaignX() {
        assertFailsForOutsider(HttpMethod.POST, "/staff/drives/{driveId}/to-drive", "redirected to /staff/drives/drive-x");
    }

    @Test
    void failsAFormThatChangesCampaignXForAnOrganizerOfAnotherTeam() {
        assertFailsForOutsider(HttpMethod.POST, "/staff/drives/{driveId}/close", "campaign X's data after");
    }

    @Test
    void acceptsAListPageThatShowsAnOrganizerOfAnotherTeamOnlyTheirOwnCampaigns() {
        assertThat(walkAsOutsider(HttpMethod.GET, "/staff/own-drives")).extracting(DynamicTest::getDisplayName)
                .containsExactly("GET /staff/own-drives as an organizer of another campaign's team shows nothing of "
                        + "campaign X");
        assertPassesForOutsider(HttpMethod.GET, "/staff/own-drives");
        assertPassesForOutsider(HttpMethod.GET, "/staff/no-drives");
        assertPassesForOutsider(HttpMethod.GET, "/staff/guarded");
    }

    @Test
    void failsAListPageThatShowsCampaignXsDriveToAnOrganizerOfAnotherTeam() {
        assertFailsForOutsider(HttpMethod.GET, "/staff/all-drives", "showing campaign X's driveId");
    }

    @Test
    void failsAListPageThatRedirectsAnOrganizerOfAnotherTeamToCampaignX() {
        assertFailsForOutsider(HttpMethod.GET, "/staff/latest-drive", "redirected to /staff/drives/drive-x");
    }

    @Test
    void failsAListPageThatBreaksForAnOrganizerOfAnotherTeam() {
        assertFailsForOutsider(HttpMethod.GET, "/staff/broken", "answered 500");
    }

    @Test
    void leavesOutFormsThatNameNothingOfCampaignXAndExcludedPages() {
        List<DynamicTest> tests = new ArrayList<>();
        Outsider outsider = outsider().excluding("GET /staff/drives/{id}", "not campaign-scoped")
                .excluding("GET /staff/all-drives", "shared by every campaign");
        HostileInput.addOutsiderPage(tests, mvc, outsider, new Endpoint(HttpMethod.POST, "/staff/drives", false, true));
        HostileInput.addOutsiderPage(tests, mvc, outsider, new Endpoint(HttpMethod.GET, "/staff/all-drives", false, true));
        HostileInput.addOutsiderPage(tests, mvc, outsider, new Endpoint(HttpMethod.GET, "/staff/bodies/{bodyId}", false, true));
        HostileInput.addOutsiderPage(tests, mvc, outsider, new Endpoint(HttpMethod.GET, "/staff/drives/{driveId}", false, true));

        assertThat(tests).isEmpty();
    }

    private void assertPassesForOutsider(HttpMethod method, String pattern) {
        assertThat(walkAsOutsider(method, pattern)).hasSize(1).allSatisfy(
                test -> assertThatCode(() -> test.getExecutable().execute()).doesNotThrowAnyException());
    }

    private void assertFailsForOutsider(HttpMethod method, String pattern, String reason) {
        assertThat(walkAsOutsider(method, pattern)).hasSize(1).allSatisfy(test -> assertThatThrownBy(
                () -> test.getExecutable().execute()).isInstanceOf(AssertionError.class).hasMessageContaining(reason));
    }

    private List<DynamicTest> walkAsOutsider(HttpMethod method, String pattern) {
        List<DynamicTest> tests = new ArrayList<>();
        HostileInput.addOutsiderPage(tests, mvc, outsider(), new Endpoint(method, pattern, false, true));
        return tests;
    }

    private Outsider outsider() {
        return new Outsider(HostileInput.authorization("Bearer other-team"), Map.of("driveId", "drive-x"))
                .watching(closed::get);
    }

    private void assertPasses(String pattern) {
        assertThat(walk(pattern)).hasSize(2).allSatisfy(
                test -> assertThatCode(() -> test.getExecutable().execute()).doesNotThrowAnyException());
    }

    private void assertFails(String pattern, String reason) {
        assertThat(walk(pattern)).hasSize(2).allSatisfy(test -> assertThatThrownBy(() -> test.getExecutable().execute())
                .isInstanceOf(AssertionError.class).hasMessageContaining(reason));
    }

    private List<DynamicTest> walk(String pattern) {
        List<DynamicTest> tests = new ArrayList<>();
        HostileInput.addStaffPage(tests, mvc, WITHOUT_ROLE, new Endpoint(HttpMethod.GET, pattern, false, true));
        return tests;
    }

    /** Staff pages as a service might map them, each answering a stranger its own way. */
    @RestController
    static class Pages {

        private final AtomicBoolean closed;

        Pages(AtomicBoolean closed) {
            this.closed = closed;
        }

        @GetMapping("/staff/guarded")
        ResponseEntity<String> guarded(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String token) {
            return ResponseEntity.status(token == null ? 401 : 403).build();
        }

        @GetMapping("/staff/signs-in")
        ResponseEntity<String> signsIn() {
            return ResponseEntity.status(302).location(URI.create("/oauth2/authorization/identity")).build();
        }

        @GetMapping("/staff/open")
        ResponseEntity<String> open() {
            return html("<h1>Firmas / Signatures</h1><p>rosa@example.org</p>");
        }

        @GetMapping("/staff/redirects-elsewhere")
        ResponseEntity<String> redirectsElsewhere() {
            return ResponseEntity.status(302).location(URI.create("/staff/open")).build();
        }

        @GetMapping("/staff/broken")
        ResponseEntity<String> broken() {
            return ResponseEntity.status(500).build();
        }

        @GetMapping("/staff/own-drives")
        ResponseEntity<String> ownDrives() {
            return html("<ul><li><a href=\"/staff/drives/drive-y\">Campaña Y / Campaign Y</a></li></ul>");
        }

        @GetMapping("/staff/no-drives")
        ResponseEntity<String> noDrives() {
            return html("<p>Ninguna campaña / No campaigns</p>");
        }

        @GetMapping("/staff/all-drives")
        ResponseEntity<String> allDrives() {
            return html("<ul><li><a href=\"/staff/drives/drive-x\">Campaña X</a></li><li>drive-y</li></ul>");
        }

        @GetMapping("/staff/latest-drive")
        ResponseEntity<String> latestDrive() {
            return ResponseEntity.status(302).location(URI.create("/staff/drives/drive-x")).build();
        }

        @GetMapping("/staff/drives/{driveId}")
        ResponseEntity<String> drive(@PathVariable String driveId) {
            return "drive-x".equals(driveId) ? html("<h1>Campaña X / Campaign X</h1>") : ResponseEntity.notFound().build();
        }

        @GetMapping("/staff/guarded-drives/{driveId}")
        ResponseEntity<String> guardedDrive(@PathVariable String driveId) {
            return ResponseEntity.status(403).contentType(MediaType.TEXT_HTML).body("<h1>Prohibido / Forbidden</h1>");
        }

        @GetMapping("/staff/hidden-drives/{driveId}")
        ResponseEntity<String> hiddenDrive(@PathVariable String driveId) {
            return ResponseEntity.notFound().build();
        }

        @GetMapping("/staff/chatty-drives/{driveId}")
        ResponseEntity<String> chattyDrive(@PathVariable String driveId) {
            return ResponseEntity.status(403).contentType(MediaType.TEXT_HTML).body("<p>No es tu campaña: " + driveId);
        }

        @PostMapping("/staff/drives/{driveId}/to-list")
        ResponseEntity<String> toList(@PathVariable String driveId) {
            return ResponseEntity.status(303).location(URI.create("/staff/guarded")).build();
        }

        @PostMapping("/staff/drives/{driveId}/to-drive")
        ResponseEntity<String> toDrive(@PathVariable String driveId) {
            return ResponseEntity.status(303).location(URI.create("/staff/drives/" + driveId)).build();
        }

        @PostMapping("/staff/drives/{driveId}/to-guarded-drive")
        ResponseEntity<String> toGuardedDrive(@PathVariable String driveId) {
            return ResponseEntity.status(303).location(URI.create("/staff/guarded-drives/" + driveId)).build();
        }

        @PostMapping("/staff/drives/{driveId}/close")
        ResponseEntity<String> close(@PathVariable String driveId) {
            closed.set(true);
            return ResponseEntity.status(403).build();
        }

        private static ResponseEntity<String> html(String body) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(body);
        }
    }
}
