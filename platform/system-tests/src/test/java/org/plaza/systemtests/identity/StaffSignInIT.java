package org.plaza.systemtests.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.plaza.systemtests.Chromium;
import org.plaza.systemtests.FullPlatform;
import org.plaza.systemtests.PlatformJourney;
import org.plaza.systemtests.StaffClient;

/**
 * Staff sign-in on the running platform: the gateway is the one origin, identity the OIDC provider.
 * The first administrator signs in with the one-time password identity printed, invites organizers,
 * and each of them signs in once and reaches what their role allows, and nothing else.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffSignInIT extends PlatformJourney {

    private static final String ADMIN_PASSWORD = FullPlatform.ADMIN_PASSWORD;
    private static final String ORGANIZER_PASSWORD = "mesquite canal sunrise 7";

    private String adminOneTimePassword;

    @BeforeAll
    void theFirstAdministratorSignedInWithTheOneTimePassword() {
        adminOneTimePassword = stack.adminOneTimePassword();
        HttpResponse<String> accounts = admin.get("/staff/identity/accounts?lang=es");
        assertThat(accounts.statusCode()).as(accounts.body()).isEqualTo(200);
        assertThat(accounts.body()).contains("Cuentas del personal");
    }

    @Test
    @Order(1)
    void anOrganizerSignsInInSpanishInABrowserAndReachesTheirPage(@TempDir Path profile) {
        Chromium.assumeAvailable();
        String oneTimePassword = invite("rosa", "Rosa Méndez", "ORGANIZER");
        WebDriver browser = Chromium.phone(profile, "es");
        try {
            browser.get(stack.gatewayUrl() + "/staff/identity/directory?lang=es");
            assertThat(browser.getTitle()).startsWith("Acceso del personal");
            assertThat(browser.getCurrentUrl()).startsWith(stack.gatewayUrl() + "/identity/sign-in");
            browser.findElement(By.id("username")).sendKeys("rosa");
            browser.findElement(By.id("password")).sendKeys(oneTimePassword);
            browser.findElement(By.cssSelector("form button[type=submit]")).click();

            Chromium.awaitTitle(browser, "Cambia tu contraseña");
            browser.findElement(By.id("currentPassword")).sendKeys(oneTimePassword);
            browser.findElement(By.id("newPassword")).sendKeys(ORGANIZER_PASSWORD);
            browser.findElement(By.id("confirmation")).sendKeys(ORGANIZER_PASSWORD);
            browser.findElement(By.cssSelector("form button[type=submit]")).click();

            Chromium.awaitTitle(browser, "Directorio del personal");
            assertThat(browser.getCurrentUrl()).startsWith(stack.gatewayUrl() + "/staff/identity/directory");
            assertThat(browser.findElement(By.id("directory")).getText()).contains("Rosa Méndez", "Organización");

            browser.get(stack.gatewayUrl() + "/staff/identity/accounts");
            assertThat(browser.getPageSource()).contains("No permitido").doesNotContain("Cuentas del personal");

            browser.get(stack.gatewayUrl() + "/sign-out?lang=es");
            Chromium.awaitTitle(browser, "Cerrar sesión");
            browser.findElement(By.cssSelector("form button[type=submit]")).click();
            Chromium.awaitTitle(browser, "Cerraste sesión");
            assertThat(browser.getCurrentUrl()).startsWith(stack.gatewayUrl() + "/identity/signed-out");
            browser.get(stack.gatewayUrl() + "/staff/identity/directory");
            assertThat(browser.getTitle()).startsWith("Acceso del personal");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(2)
    void anAnonymousVisitorIsSentToSignInForStaffPagesAndGets401OnStaffApis() {
        StaffClient anonymous = new StaffClient(stack.gatewayUrl());

        HttpResponse<String> page = anonymous.followAll(anonymous.get("/staff/identity/accounts?lang=es"));
        HttpResponse<String> api = anonymous.get("/api/staff/identity/audit", "Accept", "application/json");

        assertThat(page.uri().getPath()).isEqualTo("/identity/sign-in");
        assertThat(page.body()).contains("Acceso del personal");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    @Order(3)
    void anOrganizerGets403OnAdministratorPagesAndOnAnotherTeamsCampaign() {
        String first = invite("nora", "Nora Castro", "ORGANIZER");
        String second = invite("iker", "Iker Soto", "ORGANIZER");
        StaffClient nora = new StaffClient(stack.gatewayUrl());
        StaffClient iker = new StaffClient(stack.gatewayUrl());
        assertThat(nora.signInAndOpen("/staff/identity/directory", "nora", first, "palm oasis bicycle tamale")
                .statusCode()).isEqualTo(200);
        assertThat(iker.signInAndOpen("/staff/identity/directory", "iker", second, "agave sunset library 19")
                .statusCode()).isEqualTo(200);

        assertThat(nora.get("/staff/identity/accounts").statusCode()).isEqualTo(403);
        assertThat(nora.get("/api/staff/identity/audit", "Accept", "application/json").statusCode()).isEqualTo(403);

        assumeTrue(stack.runs("campaigns"), "The campaign hub is not packaged: object-level access not exercised here");
        String csrf = StaffClient.csrf(nora.get("/sign-out"));
        HttpResponse<String> created = nora.postJson("/api/staff/campaigns", """
                {"title":{"es":"Agua limpia para Oasis","en":"Clean water for Oasis"},
                 "summary":{"es":"Exigimos agua potable.","en":"We demand safe drinking water."},
                 "story":{"es":"Las familias de Oasis compran agua embotellada.","en":"Families in Oasis buy bottled water."},
                 "issueArea":"WATER_AND_HOUSING_INFRASTRUCTURE","communities":[]}""",
                "X-XSRF-TOKEN", csrf, "Accept", "application/json");
        assertThat(created.statusCode()).as("campaigns must trust identity's tokens (its "
                + "spring.security.oauth2.resourceserver.jwt.issuer-uri = identity's URL): " + created.body())
                .isEqualTo(201);
        String campaign = created.headers().firstValue("Location").orElseThrow();

        assertThat(nora.get(campaign, "Accept", "application/json").statusCode()).isEqualTo(200);
        assertThat(iker.get(campaign, "Accept", "application/json").statusCode()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void aFormPostWithoutItsCsrfTokenIsRefused() {
        HttpResponse<String> refused = admin.post("/staff/identity/accounts?lang=es",
                Map.of("username", "sin-token", "displayName", "Sin Token", "roles", "ADMIN"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Este formulario ha caducado");
        assertThat(admin.get("/api/staff/identity/directory", "Accept", "application/json").body())
                .doesNotContain("Sin Token");
    }

    @Test
    @Order(5)
    void tokensFromAnUnknownIssuerOrWithABadSignatureAreRefused() {
        StaffClient script = new StaffClient(stack.gatewayUrl());
        String identityIssuer = "http://127.0.0.1:" + (Integer.parseInt(stack.gatewayUrl().replaceAll(".*:", "")) + 1);

        for (String token : new String[] {
                ForeignTokens.signedByAStranger("https://evil.example", "stf_x", "ADMIN"),
                ForeignTokens.signedByAStranger(identityIssuer, "stf_x", "ADMIN") }) {
            HttpResponse<String> response = script.get("/api/staff/identity/audit", "Authorization", "Bearer " + token,
                    "Accept", "application/json");
            assertThat(response.statusCode()).isEqualTo(401);
        }
    }

    @Test
    @Order(6)
    void noPageLogLineOrEventShowsAPasswordOrAToken() {
        String logs = stack.log("gateway") + stack.log("identity");

        assertThat(logs).doesNotContain(ADMIN_PASSWORD).doesNotContain(ORGANIZER_PASSWORD)
                .doesNotContain("palm oasis bicycle tamale").doesNotContain("eyJ");
        assertThat(admin.get("/staff/identity/accounts").body()).doesNotContain(adminOneTimePassword)
                .doesNotContain("$2a$").doesNotContain("{bcrypt}");
    }

    @Test
    @Order(7)
    void repeatedSignInAttemptsFromOneClientGet429WithRetryAfter() {
        StaffClient attacker = new StaffClient(stack.gatewayUrl());
        HttpResponse<String> last = null;
        for (int i = 0; i < 12 && (last == null || last.statusCode() != 429); i++) {
            last = attacker.post("/identity/sign-in?lang=es", Map.of("username", "admin", "password", "guess-" + i));
        }

        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("Demasiados intentos");
    }

    private String invite(String username, String name, String role) {
        HttpResponse<String> page = admin.get("/staff/identity/accounts?lang=es");
        HttpResponse<String> invited = admin.submit("/staff/identity/accounts?lang=es", page,
                Map.of("username", username, "displayName", name, "roles", role));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        return invited.body().replaceAll("(?s).*id=\"one-time-password\">([^<]+)<.*", "$1");
    }
}
