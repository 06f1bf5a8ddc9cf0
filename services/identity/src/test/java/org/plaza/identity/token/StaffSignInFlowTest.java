package org.plaza.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.identity.IdentityTest;
import org.plaza.identity.account.AccountService;
import org.plaza.identity.account.AccountService.Invitation;
import org.plaza.starter.security.StaffMember;
import org.plaza.starter.security.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import tools.jackson.databind.JsonNode;

/**
 * The gateway's sign-in, played against identity over HTTP: authorization code with PKCE, the sign-in
 * page, the forced change of a one-time password, lockout, and what the tokens say.
 */
@IdentityTest
class StaffSignInFlowTest {

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JwtDecoder decoder;

    @Test
    void issuesTokensWithTheStaffIdAsSubjectAndTheCurrentRoles() {
        Invitation invited = invite(StaffRole.ORGANIZER, StaffRole.MODERATOR);
        Browser browser = new Browser(port);
        GatewayClient gateway = new GatewayClient(browser);

        HttpResponse<String> toSignIn = browser.get(gateway.authorizationRequest());
        HttpResponse<String> signInPage = browser.get(Browser.location(toSignIn));
        HttpResponse<String> signedIn = browser.submit("/identity/sign-in", signInPage,
                Map.of("username", invited.account().username(), "password", invited.oneTimePassword()));
        assertThat(Browser.location(signedIn)).endsWith("/identity/password");
        HttpResponse<String> passwordPage = browser.get("/identity/password");
        HttpResponse<String> changed = browser.submit("/identity/password", passwordPage, Map.of(
                "currentPassword", invited.oneTimePassword(),
                "newPassword", "mesquite canal sunrise 7",
                "confirmation", "mesquite canal sunrise 7"));
        assertThat(Browser.location(changed)).contains("/oauth2/authorize");
        GatewayClient.Tokens tokens = gateway.exchange(browser.get(Browser.location(changed)));

        JsonNode access = GatewayClient.claims(tokens.accessToken());
        assertThat(access.path("sub").asString()).isEqualTo(invited.account().id()).startsWith("stf_");
        assertThat(access.path("iss").asString()).isEqualTo("http://127.0.0.1:8081");
        assertThat(access.path("roles").valueStream().map(JsonNode::asString)).containsExactly("MODERATOR", "ORGANIZER");
        JsonNode id = GatewayClient.claims(tokens.idToken());
        assertThat(id.path("sub").asString()).isEqualTo(invited.account().id());
        assertThat(id.path("roles").valueStream().map(JsonNode::asString)).contains("ORGANIZER");
        assertThat(tokens.accessToken()).doesNotContain(invited.account().username());
        assertThat(tokens.refreshToken()).isNotBlank();
    }

    @Test
    void refusesTheOneTimePasswordAsTheNewPasswordAndACommonOneWith400() {
        Invitation invited = invite(StaffRole.OPERATOR);
        Browser browser = new Browser(port);
        HttpResponse<String> signInPage = browser.get("/identity/sign-in");
        browser.submit("/identity/sign-in", signInPage,
                Map.of("username", invited.account().username(), "password", invited.oneTimePassword()));
        HttpResponse<String> passwordPage = browser.get("/identity/password?lang=en");

        HttpResponse<String> common = browser.submit("/identity/password", passwordPage, Map.of(
                "currentPassword", invited.oneTimePassword(),
                "newPassword", "Sunshine2024!", "confirmation", "Sunshine2024!"));

        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(common.body()).contains("too common").doesNotContain("Sunshine2024!")
                .doesNotContain(invited.oneTimePassword());
        HttpResponse<String> same = browser.submit("/identity/password", common, Map.of(
                "currentPassword", invited.oneTimePassword(),
                "newPassword", invited.oneTimePassword(), "confirmation", invited.oneTimePassword()));
        assertThat(same.body()).contains("must be different");
    }

    @Test
    void aOneTimePasswordGetsNoTokenUntilItIsReplaced() {
        Invitation invited = invite(StaffRole.ORGANIZER);
        Browser browser = new Browser(port);
        GatewayClient gateway = new GatewayClient(browser);
        HttpResponse<String> signInPage = browser.get("/identity/sign-in");
        browser.submit("/identity/sign-in", signInPage,
                Map.of("username", invited.account().username(), "password", invited.oneTimePassword()));

        HttpResponse<String> authorize = browser.get(gateway.authorizationRequest());

        assertThat(Browser.location(authorize)).endsWith("/identity/password");
    }

    @Test
    void locksOneClientOutOfTheAccountAfterRepeatedFailuresWithTheSameMessageAsAWrongPassword() {
        Invitation invited = invite(StaffRole.ORGANIZER);
        String username = invited.account().username();
        Browser browser = new Browser(port, "203.0.113.61");
        failThreeTimes(browser, username);

        HttpResponse<String> page = browser.get("/identity/sign-in");
        HttpResponse<String> refused = browser.submit("/identity/sign-in", page,
                Map.of("username", username, "password", invited.oneTimePassword()));

        assertThat(Browser.location(refused)).endsWith("/identity/sign-in?error");
        HttpResponse<String> errorPage = browser.get("/identity/sign-in?error&lang=es");
        assertThat(errorPage.body()).contains("El usuario o la contraseña no son correctos")
                .doesNotContain(username);
        assertThat(accounts.throttledAccounts()).contains(invited.account().id());
    }

    @Test
    void anAttackerGuessingAnAccountsPasswordCannotLockItsOwnerOut() {
        Invitation invited = invite(StaffRole.ADMIN);
        String password = "saguaro evening market 31";
        accounts.changePassword(invited.account().id(), invited.oneTimePassword(), password, password);
        String username = invited.account().username();
        failThreeTimes(new Browser(port, "203.0.113.66"), username);

        Browser owner = new Browser(port, "198.51.100.5");
        HttpResponse<String> page = owner.get("/identity/sign-in");
        HttpResponse<String> signedIn = owner.submit("/identity/sign-in", page,
                Map.of("username", username, "password", password));

        assertThat(Browser.location(signedIn)).doesNotContain("error").endsWith("/identity/account");
    }

    @Test
    void aLockedOutAdministratorCanSignInAgainAfterAnotherAdministratorsReset() {
        Invitation invited = invite(StaffRole.ADMIN);
        Browser browser = new Browser(port, "203.0.113.67");
        failThreeTimes(browser, invited.account().username());

        Invitation reset = accounts.resetPassword(invited.account().id(), adminId());
        HttpResponse<String> page = browser.get("/identity/sign-in");
        HttpResponse<String> signedIn = browser.submit("/identity/sign-in", page,
                Map.of("username", invited.account().username(), "password", reset.oneTimePassword()));

        assertThat(Browser.location(signedIn)).endsWith("/identity/password");
    }

    private static void failThreeTimes(Browser browser, String username) {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> page = browser.get("/identity/sign-in");
            HttpResponse<String> failed = browser.submit("/identity/sign-in", page,
                    Map.of("username", username, "password", "not-the-password-" + i));
            assertThat(Browser.location(failed)).endsWith("/identity/sign-in?error");
        }
    }

    @Test
    void aDisabledAccountLosesItsTokensAtTheNextRefresh() {
        Invitation invited = invite(StaffRole.ORGANIZER);
        String password = "palm oasis bicycle tamale";
        accounts.changePassword(invited.account().id(), invited.oneTimePassword(), password, password);
        GatewayClient gateway = new GatewayClient(new Browser(port));
        GatewayClient.Tokens tokens = gateway.signIn(invited.account().username(), password);
        assertThat(gateway.refresh(tokens.refreshToken()).accessToken()).isNotBlank();

        accounts.disable(invited.account().id(), adminId());

        HttpResponse<String> refused = gateway.rawTokenRequest(
                Map.of("grant_type", "refresh_token", "refresh_token", tokens.refreshToken()));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("invalid_grant");
    }

    /**
     * Identity's side of the staff token contract: the account's email address travels as the {@code email} claim
     * the starter's {@link StaffMember} reads (services' side: the starter's {@code StaffMemberTest}), absent when
     * the account has none, and a changed address is in the next refreshed token.
     */
    @Test
    void tokensCarryTheAccountsEmailAddressAsTheClaimServicesReadAndANewAddressAtTheNextRefresh() {
        Invitation invited = accounts.invite(adminId(), "mail-" + UUID.randomUUID().toString().substring(0, 8),
                "Ana Mail", "ana.mail@example.org", EnumSet.of(StaffRole.ORGANIZER));
        String password = "saguaro window lemonade 4";
        accounts.changePassword(invited.account().id(), invited.oneTimePassword(), password, password);
        GatewayClient gateway = new GatewayClient(new Browser(port));
        GatewayClient.Tokens tokens = gateway.signIn(invited.account().username(), password);

        assertThat(GatewayClient.claims(tokens.idToken()).path(StaffMember.EMAIL_CLAIM).asString())
                .isEqualTo("ana.mail@example.org");
        StaffMember read = StaffMember.of(new JwtAuthenticationToken(decoder.decode(tokens.accessToken())));
        assertThat(read.id()).isEqualTo(invited.account().id());
        assertThat(read.email()).isEqualTo("ana.mail@example.org");

        accounts.changeEmail(invited.account().id(), "ana@example.org", adminId());
        String refreshed = gateway.refresh(tokens.refreshToken()).accessToken();
        assertThat(StaffMember.of(new JwtAuthenticationToken(decoder.decode(refreshed))).email())
                .isEqualTo("ana@example.org");

        accounts.changeEmail(invited.account().id(), " ", adminId());
        JsonNode withoutAddress = GatewayClient.claims(gateway.refresh(tokens.refreshToken()).accessToken());
        assertThat(withoutAddress.has(StaffMember.EMAIL_CLAIM)).isFalse();
    }

    @Test
    void refusesATokenRequestWithoutTheCodeVerifier() {
        Invitation invited = invite(StaffRole.ORGANIZER);
        String password = "agave sunset library 19";
        accounts.changePassword(invited.account().id(), invited.oneTimePassword(), password, password);
        Browser browser = new Browser(port);
        GatewayClient gateway = new GatewayClient(browser);
        HttpResponse<String> toSignIn = browser.get(gateway.authorizationRequest());
        HttpResponse<String> page = browser.get(Browser.location(toSignIn));
        HttpResponse<String> signedIn = browser.submit("/identity/sign-in", page,
                Map.of("username", invited.account().username(), "password", password));
        String callback = Browser.location(browser.get(Browser.location(signedIn)));
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");

        HttpResponse<String> refused = gateway.rawTokenRequest(Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", GatewayClient.REDIRECT_URI));

        assertThat(refused.statusCode()).isEqualTo(400);
    }

    @Test
    void aSignInFormWithoutItsCsrfTokenIsRefused() {
        Browser browser = new Browser(port);
        browser.get("/identity/sign-in?lang=es");

        HttpResponse<String> refused = browser.post("/identity/sign-in",
                Map.of("username", "admin", "password", IdentityTest.ADMIN_PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Este formulario ha caducado");
    }

    @Test
    void anApiClientThatIsNotSignedInGets401AsAProblemInsteadOfARedirectToTheSignInPage() {
        Browser browser = new Browser(port);
        for (String path : new String[] { "/identity/account", "/identity/password",
                new GatewayClient(browser).authorizationRequest() }) {
            HttpResponse<String> api = browser.send(HttpRequest.newBuilder(browser.uri(path))
                    .header("Accept", "application/json").header("Accept-Language", "es").GET());
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(browser.uri(path))
                    .header("Accept", "text/html").GET());

            assertThat(api.statusCode()).as(path).isEqualTo(401);
            assertThat(api.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
            assertThat(api.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(api.body()).as(path).contains("\"status\":401").doesNotContain("Exception");
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/identity/sign-in");
        }
    }

    @Test
    void publishesTheKeysAndTheDiscoveryDocumentForServices() {
        Browser browser = new Browser(port);
        HttpResponse<String> discovery = browser.send(HttpRequest.newBuilder(
                browser.uri("/.well-known/openid-configuration")).GET());
        HttpResponse<String> keys = browser.send(HttpRequest.newBuilder(browser.uri("/oauth2/jwks")).GET());

        assertThat(discovery.body()).contains("\"issuer\":\"http://127.0.0.1:8081\"", "\"jwks_uri\"");
        assertThat(keys.body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":");
    }

    private Invitation invite(StaffRole... roles) {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        EnumSet<StaffRole> set = EnumSet.of(roles[0], roles);
        return accounts.invite(adminId(), username, "Test " + username, set);
    }

    private String adminId() {
        return accounts.byUsername("admin").orElseThrow().id();
    }
}
