package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.catalina.Context;
import org.apache.catalina.session.ManagerBase;
import org.junit.jupiter.api.Test;
import org.plaza.testsupport.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Anonymous visitors who start a sign-in leave nothing in the gateway's memory: the page to come back to
 * and the authorization request travel in cookies, and a flood of such starts is rate limited.
 */
class SignInWithoutSessionsTest extends GatewayTest {

    @Autowired
    WebServerApplicationContext server;

    @Test
    void aFloodOfAnonymousStaffPageAndSignInStartsCreatesNoSession() {
        int before = activeSessions();
        String bigHeader = "x".repeat(4096);

        for (int i = 0; i < 40; i++) {
            String client = "198.18." + (i / 200) + "." + (i % 200);
            HttpResponse<String> page = browser().get("/staff/campaigns/?n=" + i, "X-Forwarded-For", client,
                    "Accept", "text/html", "X-Padding", bigHeader);
            HttpResponse<String> start = browser().get("/oauth2/authorization/identity", "X-Forwarded-For", client,
                    "X-Padding", bigHeader);
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(start.statusCode()).isEqualTo(302);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("plaza_session="));
        }

        assertThat(activeSessions()).isEqualTo(before);
    }

    @Test
    void theSessionsOfSignedInStaffAreCapped() {
        assertThat(((ManagerBase) tomcatContext().getManager()).getMaxActiveSessions()).isEqualTo(5000);
    }

    @Test
    void anonymousSignInStartsFromOneClientAreRateLimited() {
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            if (browser().get("/oauth2/authorization/identity", "X-Forwarded-For", "198.18.9.9").statusCode() == 429) {
                refused++;
            }
        }

        assertThat(refused).isPositive();
        assertThat(browser().get("/oauth2/authorization/identity", "X-Forwarded-For", "198.18.9.10").statusCode())
                .isEqualTo(302);
    }

    @Test
    void aCallbackWithoutTheBrowsersSignInCookieIsRefusedWithoutAskingIdentity() {
        HttpResponse<String> start = browser().get("/oauth2/authorization/identity", "X-Forwarded-For", "198.18.8.1");
        String state = parameter(start.headers().firstValue("Location").orElseThrow(), "state");
        int tokenRequests = TOKEN_ENDPOINT.count();

        HttpResponse<String> forged = browser().get("/login/oauth2/code/identity?code=c1&state=" + state,
                "X-Forwarded-For", "198.18.8.2");

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(TOKEN_ENDPOINT.count()).isEqualTo(tokenRequests);
    }

    @Test
    void aStaffMemberSignsInWithTheRequestCarriedInCookiesAndLandsOnThePageTheyAskedFor() {
        GatewayTest.Client browser = browser();
        String page = "/staff/campaigns/desk-" + UUID.randomUUID() + "?tab=drives";
        HttpResponse<String> asked = browser.get(page, "X-Forwarded-For", "198.18.8.3", "Accept", "text/html");
        HttpResponse<String> start = browser.get(asked.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^http://[^/]+", ""), "X-Forwarded-For", "198.18.8.3");
        String authorize = start.headers().firstValue("Location").orElseThrow();
        String accessToken = TOKENS.staffToken("stf_rosa", Role.ORGANIZER);
        TOKEN_ENDPOINT.answerNextWith(accessToken,
                TOKENS.idToken("stf_rosa", "plaza-gateway", parameter(authorize, "nonce"), Role.ORGANIZER));

        HttpResponse<String> callback = browser.get("/login/oauth2/code/identity?code=c1&state="
                + parameter(authorize, "state"), "X-Forwarded-For", "198.18.8.3");

        assertThat(TOKEN_ENDPOINT.last()).contains("code=c1", "code_verifier=");
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").orElseThrow()).endsWith(page);
        assertThat(callback.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("plaza_session="))
                .anyMatch(cookie -> cookie.startsWith("plaza_signin_request=;"))
                .anyMatch(cookie -> cookie.startsWith("plaza_signin_return=;"));
        HttpResponse<String> staffPage = browser.get(page, "X-Forwarded-For", "198.18.8.3");
        assertThat(staffPage.statusCode()).isEqualTo(200);
        assertThat(STUB.last(page).header("Authorization")).isEqualTo("Bearer " + accessToken);
        assertThat(STUB.last(page).header("Cookie")).doesNotContain("plaza_signin_", "plaza_session");
    }

    @Test
    void aStaffApiCallWhoseSignInIdentityNoLongerRefreshesGets401AsAProblemAndThePageGoesBackToSignIn() {
        GatewayTest.Client browser = browser();
        String client = "198.18.8.4";
        HttpResponse<String> start = browser.get("/oauth2/authorization/identity", "X-Forwarded-For", client);
        String authorize = start.headers().firstValue("Location").orElseThrow();
        TOKEN_ENDPOINT.answerNextWithExpiringTokens(TOKENS.staffToken("stf_lupe", Role.ORGANIZER),
                TOKENS.idToken("stf_lupe", "plaza-gateway", parameter(authorize, "nonce"), Role.ORGANIZER), "refresh-1");
        HttpResponse<String> callback = browser.get("/login/oauth2/code/identity?code=c2&state="
                + parameter(authorize, "state"), "X-Forwarded-For", client);
        assertThat(callback.statusCode()).as(callback.body()).isEqualTo(302);
        int tokenRequests = TOKEN_ENDPOINT.count();

        HttpResponse<String> api = browser.get("/api/staff/campaigns/after-refusal", "X-Forwarded-For", client,
                "Accept", "application/json", "Accept-Language", "es");

        assertThat(TOKEN_ENDPOINT.count()).as("the gateway asked identity to refresh").isEqualTo(tokenRequests + 1);
        assertThat(TOKEN_ENDPOINT.last()).contains("grant_type=refresh_token", "refresh_token=refresh-1");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(api.body()).contains("\"status\":401", "\"title\":\"");
        assertThat(STUB.got("/api/staff/campaigns/after-refusal")).isFalse();
        assertThat(browser.get("/staff/campaigns/after-refusal", "X-Forwarded-For", client, "Accept", "text/html")
                .headers().firstValue("Location").orElseThrow()).as("the session ended: a page starts a sign-in")
                .endsWith("/oauth2/authorization/identity");
    }

    private static String parameter(String url, String name) {
        return URLDecoder.decode(url.replaceAll(".*[?&]" + name + "=([^&]+).*", "$1"), StandardCharsets.UTF_8);
    }

    private int activeSessions() {
        return tomcatContext().getManager().getActiveSessions();
    }

    private Context tomcatContext() {
        TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
        return (Context) tomcat.getTomcat().getHost().findChildren()[0];
    }
}
