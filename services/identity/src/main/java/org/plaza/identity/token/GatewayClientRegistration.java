package org.plaza.identity.token;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plaza.identity.IdentitySettings;
import org.plaza.starter.config.DevelopmentProfiles;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The gateway as an OAuth2 client: confidential (client secret), authorization code with PKCE required,
 * refresh tokens, no consent screen (it is Plaza's own front door), and exactly the callback and
 * after-sign-out addresses of the configured gateway URLs. Outside the {@code embedded} and {@code test}
 * profiles the public development secret is refused.
 */
final class GatewayClientRegistration {

    static final String CALLBACK = "/login/oauth2/code/identity";
    static final String AFTER_SIGN_OUT = "/identity/signed-out";
    /** The client secret {@code ./plaza up} uses; public, so refused outside the embedded and test profiles. */
    static final String DEVELOPMENT_SECRET = "plaza-gateway-dev-secret";

    private GatewayClientRegistration() {
    }

    static RegisteredClient of(IdentitySettings settings, PasswordEncoder passwords, Environment environment) {
        IdentitySettings.GatewayClient client = settings.gatewayClient();
        DevelopmentProfiles.refuseDevelopmentValue(environment, "plaza.identity.gateway-client.client-secret",
                "PLAZA_GATEWAY_CLIENT_SECRET", client.clientSecret(), DEVELOPMENT_SECRET);
        List<String> origins = origins(client.gatewayUrls());
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientSecret(passwords.encode(client.clientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> origins.forEach(origin -> uris.add(origin + CALLBACK)))
                .postLogoutRedirectUris(uris -> origins.forEach(origin -> uris.add(origin + AFTER_SIGN_OUT)))
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(settings.tokens().accessTokenTtl())
                        .refreshTokenTimeToLive(settings.tokens().refreshTokenTtl())
                        .reuseRefreshTokens(true)
                        .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                        .build())
                .build();
    }

    /** Each gateway URL without a trailing slash, plus its other loopback name. */
    static List<String> origins(List<URI> gatewayUrls) {
        Set<String> origins = new LinkedHashSet<>();
        for (URI url : gatewayUrls) {
            String origin = url.toString().replaceAll("/+$", "");
            origins.add(origin);
            if ("127.0.0.1".equals(url.getHost())) {
                origins.add(origin.replaceFirst("//127\\.0\\.0\\.1", "//localhost"));
            } else if ("localhost".equals(url.getHost())) {
                origins.add(origin.replaceFirst("//localhost", "//127.0.0.1"));
            }
        }
        return List.copyOf(origins);
    }
}
