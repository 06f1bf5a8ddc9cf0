package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
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
    void theCallbackFindsTheAuthorizationRequestInItsCookieAndExchangesTheCode() {
        GatewayTest.Client browser = browser();
        HttpResponse<String> start = browser.get("/oauth2/authorization/identity", "X-Forwarded-For", "198.18.8.1");
        String authorize = URLDecoder.decode(start.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        String state = authorize.replaceAll(".*[?&]state=([^&]+).*", "$1");

        HttpResponse<String> forged = browser().get("/login/oauth2/code/identity?code=c1&state=" + state,
                "X-Forwarded-For", "198.18.8.2");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(STUB.count("/oauth2/token")).isZero();

        HttpResponse<String> callback = browser.get("/login/oauth2/code/identity?code=c1&state=" + state,
                "X-Forwarded-For", "198.18.8.1");

        assertThat(STUB.last("/oauth2/token").body()).contains("code=c1", "code_verifier=");
        assertThat(callback.statusCode()).isEqualTo(401);
    }

    private int activeSessions() {
        TomcatWebServer tomcat = (TomcatWebServer) server.getWebServer();
        Context context = (Context) tomcat.getTomcat().getHost().findChildren()[0];
        return context.getManager().getActiveSessions();
    }
}
