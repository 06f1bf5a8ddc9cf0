package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;

/** Who gets through to staff pages and APIs, and how anonymous visitors are sent to sign in. */
class StaffAccessTest extends GatewayTest {

    @Test
    void anAnonymousVisitorOfAStaffPageIsSentToSignInWithPkceOnThisOrigin() {
        GatewayTest.Client browser = browser();

        HttpResponse<String> staffPage = browser.get("/staff/campaigns/", "Accept", "text/html");
        assertThat(staffPage.statusCode()).isEqualTo(302);
        assertThat(staffPage.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/oauth2/authorization/identity"));
        HttpResponse<String> start = browser.get("/oauth2/authorization/identity");

        String authorize = URLDecoder.decode(start.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(authorize).startsWith("http://127.0.0.1:" + port + "/oauth2/authorize?")
                .contains("response_type=code", "client_id=plaza-gateway", "scope=openid",
                        "code_challenge_method=S256", "code_challenge=", "nonce=",
                        "redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/identity");
        assertThat(staffPage.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("plaza_signin_return=")
                && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        assertThat(start.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("plaza_signin_request=")
                && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
        assertThat(STUB.got("/staff/campaigns/")).isFalse();
    }

    @Test
    void anAnonymousStaffApiCallGets401AsAProblem() {
        HttpResponse<String> response = browser().get("/api/staff/campaigns?lang=es");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("Debes iniciar sesión");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("plaza_signin_"));
    }

    @Test
    void refusesTokensFromAnUnknownIssuerWithABadSignatureOrExpired() {
        for (String token : new String[] { TOKENS.tokenFromUnknownIssuer("stf_1", Role.ORGANIZER),
                TOKENS.tokenWithBadSignature("stf_1", Role.ORGANIZER), TOKENS.expiredToken("stf_1", Role.ORGANIZER) }) {
            HttpResponse<String> response = browser().get("/api/staff/campaigns/refused",
                    "Authorization", StaffTokens.bearer(token));

            assertThat(response.statusCode()).isEqualTo(401);
        }
        assertThat(STUB.got("/api/staff/campaigns/refused")).isFalse();
    }

    @Test
    void aTokenWithoutAStaffRoleGets403() {
        HttpResponse<String> response = browser().get("/api/staff/campaigns/no-role",
                "Authorization", StaffTokens.bearer(TOKENS.staffToken("stf_1")));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aValidStaffTokenReachesTheServiceUnchangedAndNeedsNoCsrfToken() {
        String token = TOKENS.staffToken("stf_organizer", Role.ORGANIZER);
        String path = "/api/staff/campaigns/" + UUID.randomUUID() + "/launch";

        HttpResponse<String> response = browser().post(path, "application/json", "{}",
                "Authorization", StaffTokens.bearer(token));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(STUB.last(path).header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedAndWithItReachesTheService() {
        GatewayTest.Client browser = browser();
        String path = "/petitions/agua-" + UUID.randomUUID() + "/sign";

        HttpResponse<String> refused = browser.post(path + "?lang=es", "application/x-www-form-urlencoded",
                "name=Rosa", "X-Forwarded-For", "203.0.113.30", "Accept", "text/html");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Este formulario ha caducado");
        assertThat(STUB.got(path + "?lang=es")).isFalse();

        HttpResponse<String> form = browser.get("/sign-out");
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> accepted = browser.post(path, "application/x-www-form-urlencoded",
                "name=Rosa+Mar%C3%ADa&_csrf=" + csrf, "X-Forwarded-For", "203.0.113.30");

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(STUB.last(path).body()).contains("name=Rosa+Mar%C3%ADa");
    }

    @Test
    void aFileUploadFormWithItsCsrfTokenReachesTheServiceWithTheFileIntact() {
        GatewayTest.Client browser = browser();
        String path = "/petitions/agua-" + UUID.randomUUID() + "/paper/import";
        String csrf = browser.get("/sign-out").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String boundary = "----plaza" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hoja.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnombre,correo\r\nRosa María,rosa@example.org\r\n"
                + "--" + boundary + "--\r\n";

        HttpResponse<String> accepted = browser.post(path, "multipart/form-data; boundary=" + boundary, body,
                "X-Forwarded-For", "203.0.113.32", "Accept", "text/html");

        assertThat(accepted.statusCode()).isNotEqualTo(403);
        assertThat(STUB.last(path).body()).contains("Rosa María,rosa@example.org", "name=\"_csrf\"");
    }

    @Test
    void aFileUploadFormWithoutItsCsrfTokenIsRefused() {
        String path = "/petitions/agua-" + UUID.randomUUID() + "/paper/import";
        String boundary = "----plaza" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hoja.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nnombre\r\nRosa\r\n--" + boundary + "--\r\n";

        HttpResponse<String> refused = browser().post(path, "multipart/form-data; boundary=" + boundary, body,
                "X-Forwarded-For", "203.0.113.33", "Accept", "text/html");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(STUB.got(path)).isFalse();
    }

    @Test
    void aPublicApiPostNeedsNoCsrfToken() {
        String path = "/api/public/petitions/agua-" + UUID.randomUUID() + "/signatures";

        HttpResponse<String> response = browser().post(path, "application/json", "{\"email\":\"x@example.org\"}",
                "X-Forwarded-For", "203.0.113.31");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(STUB.last(path).body()).contains("x@example.org");
    }
}
