package org.plaza.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

class AuthorizationRequestCookieTest {

    private final AuthorizationRequestCookie cookies = new AuthorizationRequestCookie("a-secret-of-the-gateway");

    @Test
    void theAuthorizationRequestComesBackWhole() {
        OAuth2AuthorizationRequest request = request();

        OAuth2AuthorizationRequest back = cookies.open(cookies.seal(request));

        assertThat(back.getState()).isEqualTo("st-1");
        assertThat(back.getAttributes()).containsEntry("code_verifier", "verifier-1").containsEntry("nonce", "n-1")
                .containsEntry("registration_id", "identity");
        assertThat(back.getAdditionalParameters()).containsEntry("code_challenge_method", "S256");
        assertThat(back.getRedirectUri()).isEqualTo(request.getRedirectUri());
        assertThat(back.getScopes()).containsExactly("openid");
        assertThat(back.getAuthorizationRequestUri()).isEqualTo(request.getAuthorizationRequestUri());
    }

    @Test
    void aCookieSealedWithAnotherKeyOrTamperedWithIsIgnored() {
        String sealed = cookies.seal(request());
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");

        assertThat(new AuthorizationRequestCookie("another-secret").open(sealed)).isNull();
        assertThat(cookies.open(tampered)).isNull();
        assertThat(cookies.open("not base64 at all!")).isNull();
        assertThat(cookies.open("")).isNull();
    }

    @Test
    void theVerifierIsNotReadableInTheCookie() {
        assertThat(cookies.seal(request())).doesNotContain("verifier-1");
    }

    private static OAuth2AuthorizationRequest request() {
        return OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri("http://127.0.0.1:8080/oauth2/authorize")
                .clientId("plaza-gateway")
                .redirectUri("http://127.0.0.1:8080/login/oauth2/code/identity")
                .scopes(Set.of("openid"))
                .state("st-1")
                .additionalParameters(Map.of("code_challenge", "ch-1", "code_challenge_method", "S256", "nonce", "h-1"))
                .attributes(Map.of("registration_id", "identity", "code_verifier", "verifier-1", "nonce", "n-1"))
                .authorizationRequestUri("http://127.0.0.1:8080/oauth2/authorize?state=st-1")
                .build();
    }
}
