package org.plaza.identity.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays the gateway's part of the authorization code flow with PKCE against identity: the authorization
 * request, the callback's code, and the token request with the client secret.
 */
final class GatewayClient {

    static final String CLIENT_ID = "plaza-gateway";
    static final String SECRET = "plaza-gateway-dev-secret";
    static final String REDIRECT_URI = "http://127.0.0.1:9999/login/oauth2/code/identity";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Browser browser;
    private final String verifier;
    private final String state;

    GatewayClient(Browser browser) {
        this.browser = browser;
        this.verifier = random();
        this.state = random();
    }

    String authorizationRequest() {
        return UriComponentsBuilder.fromPath("/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", CLIENT_ID)
                .queryParam("scope", "openid")
                .queryParam("redirect_uri", REDIRECT_URI)
                .queryParam("state", state)
                .queryParam("nonce", random())
                .queryParam("code_challenge", challenge(verifier))
                .queryParam("code_challenge_method", "S256")
                .encode().build().toUriString();
    }

    /** Signs in at identity with these credentials and returns the tokens identity issues. */
    Tokens signIn(String username, String password) {
        HttpResponse<String> toSignIn = browser.get(authorizationRequest());
        assertThat(Browser.location(toSignIn)).endsWith("/identity/sign-in");
        HttpResponse<String> signInPage = browser.get(Browser.location(toSignIn));
        HttpResponse<String> signedIn = browser.submit("/identity/sign-in", signInPage,
                Map.of("username", username, "password", password));
        HttpResponse<String> callback = browser.get(Browser.location(signedIn));
        return exchange(callback);
    }

    /** Follows the authorization server's answer to the callback and exchanges the code for tokens. */
    Tokens exchange(HttpResponse<String> callback) {
        URI redirect = URI.create(Browser.location(callback));
        assertThat(redirect.toString()).startsWith(REDIRECT_URI);
        Map<String, String> query = UriComponentsBuilder.fromUri(redirect).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("state", state);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", query.get("code"));
        form.put("redirect_uri", REDIRECT_URI);
        form.put("code_verifier", verifier);
        return tokenRequest(form);
    }

    Tokens refresh(String refreshToken) {
        return tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    HttpResponse<String> rawTokenRequest(Map<String, String> form) {
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(browser.uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Browser.form(form))));
    }

    private Tokens tokenRequest(Map<String, String> form) {
        HttpResponse<String> response = rawTokenRequest(form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = JSON.readTree(response.body());
        return new Tokens(tokens.path("access_token").asString(), tokens.path("id_token").asString(),
                tokens.path("refresh_token").asString());
    }

    static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the token endpoint answered. */
    record Tokens(String accessToken, String idToken, String refreshToken) {
    }
}
