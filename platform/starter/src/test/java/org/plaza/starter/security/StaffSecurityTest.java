package org.plaza.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plaza.starter.webtest.TestTokens;
import org.plaza.starter.webtest.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Staff need a trusted token with the right role; residents need nothing; forms need their CSRF token. */
class StaffSecurityTest extends WebTest {

    private static final String CAMPAIGNS = "/api/staff/test/campaigns";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private SecuritySettings settings;

    @Test
    void refusesStaffApiWithoutTokenAsLocalizedProblem() {
        HttpResponse<String> english = get(CAMPAIGNS, "Accept-Language", "en");
        HttpResponse<String> spanish = get(CAMPAIGNS, "Accept-Language", "es");

        assertThat(problem(english, 401, "about:blank").path("title").asString()).isEqualTo("Sign-in required");
        assertThat(problem(spanish, 401, "about:blank").path("title").asString()).isEqualTo("Debes iniciar sesión");
        assertThat(english.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(spanish.headers().firstValue("Content-Language")).hasValue("es");
    }

    @Test
    void refusesTokenWithBadSignatureWithoutSayingWhy() {
        HttpResponse<String> response = get(CAMPAIGNS, "Authorization", "Bearer " + TestTokens.signedByStranger(),
                "Accept-Language", "en");

        problem(response, 401, plazaType("invalid-token"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(response.body()).doesNotContainIgnoringCase("signature").doesNotContain("Jwt");
    }

    @Test
    void refusesExpiredToken() {
        problem(get(CAMPAIGNS, "Authorization", "Bearer " + TestTokens.expired()), 401, plazaType("invalid-token"));
    }

    @Test
    void refusesTokenWithoutStaffRole() {
        HttpResponse<String> response = get(CAMPAIGNS, "Authorization", "Bearer " + TestTokens.withRoles("RESIDENT"),
                "Accept-Language", "es");

        assertThat(problem(response, 403, "about:blank").path("title").asString()).isEqualTo("No permitido");
    }

    @Test
    void mapsTheRolesClaimToRoleAuthorities() {
        HttpResponse<String> response = get(CAMPAIGNS, "Authorization",
                "Bearer " + TestTokens.withRoles("ORGANIZER", "OPERATOR", "SUPERUSER"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[\"ROLE_OPERATOR\",\"ROLE_ORGANIZER\"]");
    }

    @Test
    void methodSecurityAllowsTheRightRoleAndRefusesOthers() {
        HttpResponse<String> organizer = send("POST", CAMPAIGNS, BodyPublishers.noBody(),
                "Authorization", "Bearer " + TestTokens.withRoles("ORGANIZER"));
        HttpResponse<String> moderator = send("POST", CAMPAIGNS, BodyPublishers.noBody(),
                "Authorization", "Bearer " + TestTokens.withRoles("MODERATOR"), "Accept-Language", "en");

        assertThat(organizer.statusCode()).isEqualTo(200);
        assertThat(organizer.body()).isEqualTo("created");
        assertThat(problem(moderator, 403, "about:blank").path("title").asString()).isEqualTo("Not allowed");
    }

    @Test
    void appliesTheServicesOwnRulesBeforeTheStartersDefaults() {
        String queue = "/api/staff/test/moderation/queue";

        assertThat(get(queue, "Authorization", "Bearer " + TestTokens.withRoles("ORGANIZER")).statusCode()).isEqualTo(403);
        assertThat(get(queue, "Authorization", "Bearer " + TestTokens.withRoles("MODERATOR")).statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsMockJwtsFromSpringSecurityTest() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(CAMPAIGNS).with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .andExpect(status().isOk());
    }

    @Test
    void answersUnauthenticatedStaffPagesWithTheSignInErrorPage() {
        HttpResponse<String> page = get("/staff/dashboard", "Accept", "text/html", "Accept-Language", "en");

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("Sign-in required");
        assertThat(get("/staff/dashboard", "Authorization", "Bearer " + TestTokens.withRoles("OPERATOR")).body())
                .isEqualTo("dashboard");
    }

    @Test
    void keepsResidentPagesPublicApisAndProbesOpen() {
        assertThat(get("/petition").statusCode()).isEqualTo(200);
        assertThat(get("/api/public/test/greeting").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAFormPostWithoutCsrfTokenAsAnExpiredForm() {
        HttpResponse<String> response = send("POST", "/petition?lang=en", BodyPublishers.ofString("email=ana%40example.org"),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("This form has expired");
    }

    @Test
    void acceptsAFormPostCarryingTheTokenFromThePageAndItsCookie() {
        HttpResponse<String> page = get("/petition");
        String token = match(page.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(StaffSecurityAutoConfiguration.CSRF_COOKIE + "="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Lax");

        HttpResponse<String> signed = postForm("ana@example.org", token, cookie.substring(0, cookie.indexOf(';')));
        HttpResponse<String> invalid = postForm("not-an-email", token, cookie.substring(0, cookie.indexOf(';')));

        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body()).contains("Gracias por firmar");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("class=\"field-error\">Debe ser un correo electrónico válido<");
    }

    @Test
    void aStaffPageOpenedWithABearerTokenKeepsTheFormTokenTheBrowserAlreadyHas() {
        String cookie = StaffSecurityAutoConfiguration.CSRF_COOKIE + "=token-of-a-form-open-in-another-tab";

        HttpResponse<String> page = get("/staff/dashboard", "Authorization", "Bearer " + TestTokens.withRoles("OPERATOR"),
                "Cookie", cookie, "Accept", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie"))
                .noneMatch(header -> header.startsWith(StaffSecurityAutoConfiguration.CSRF_COOKIE + "="));
    }

    @Test
    void doesNotNeedCsrfForBearerTokenCalls() {
        assertThat(send("POST", CAMPAIGNS, BodyPublishers.noBody(),
                "Authorization", "Bearer " + TestTokens.withRoles("ORGANIZER")).statusCode()).isEqualTo(200);
    }

    @Test
    void sendsSecurityHeadersOnPagesApisAndErrors() {
        for (HttpResponse<String> response : new HttpResponse[] { get("/petition"), get("/api/public/test/greeting"),
                get(CAMPAIGNS), get("/no-such-page", "Accept", "text/html") }) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                    policy -> assertThat(policy).contains("camera=()", "geolocation=()", "microphone=()"));
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void theFilterChainWritesExactlyTheHeadersSecuritySettingsListsForPagesWrittenElsewhere() throws Exception {
        for (boolean secure : new boolean[] { false, true }) {
            var response = mvc.perform(MockMvcRequestBuilders.get("/petition").secure(secure)).andReturn().getResponse();
            settings.responseHeaders(secure).forEach((name, value) -> assertThat(response.getHeader(name))
                    .as(name + (secure ? " over TLS" : "")).isEqualTo(value));
            assertThat(settings.responseHeaders(secure).containsKey("Strict-Transport-Security")).isEqualTo(secure);
        }
    }

    @Test
    void sendsHstsOnlyOverTls() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/petition").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(MockMvcRequestBuilders.get("/petition")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void createsNoHttpSession() {
        HttpResponse<String> page = get("/petition");

        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    private HttpResponse<String> postForm(String email, String token, String cookie) {
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return send("POST", "/petition", BodyPublishers.ofString(form),
                "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie);
    }

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return matcher.group(1);
    }
}
