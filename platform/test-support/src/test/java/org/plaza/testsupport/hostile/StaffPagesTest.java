package org.plaza.testsupport.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The staff-page part of the walk, against pages that refuse strangers and pages that do not. */
class StaffPagesTest {

    private static final RequestPostProcessor WITHOUT_ROLE = HostileInput.authorization("Bearer no-role");

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Pages()).build();

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

        @GetMapping("/staff/drives/{driveId}")
        ResponseEntity<String> drive(@PathVariable String driveId) {
            return "drive-x".equals(driveId) ? html("<h1>Campaña X / Campaign X</h1>") : ResponseEntity.notFound().build();
        }

        private static ResponseEntity<String> html(String body) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(body);
        }
    }
}
