package org.plaza.gateway.signin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the authorization request of a sign-in in progress (state, nonce, PKCE verifier) in an encrypted
 * cookie instead of a session, so an anonymous visitor who starts a sign-in costs the gateway no memory.
 * AES-GCM with a key derived from the gateway's client secret: the cookie cannot be read or forged without
 * it, and every gateway instance (which shares the secret) can finish a sign-in another one started. The
 * callback must carry the same {@code state} as the cookie.
 */
final class AuthorizationRequestCookie implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String NAME = SignInCookies.PREFIX + "request";
    private static final int NONCE_BYTES = 12;
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final JsonMapper json = JsonMapper.builder().build();

    AuthorizationRequestCookie(String clientSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            key = new SecretKeySpec(mac.doFinal("plaza.gateway.sign-in-request.v1".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        String state = request.getParameter(OAuth2ParameterNames.STATE);
        if (state == null) {
            return null;
        }
        OAuth2AuthorizationRequest saved = SignInCookies.read(request, NAME).map(this::open).orElse(null);
        return saved != null && state.equals(saved.getState()) ? saved : null;
    }

    @Override
    public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
            HttpServletResponse response) {
        if (authorizationRequest == null) {
            SignInCookies.expire(request, response, NAME);
            return;
        }
        SignInCookies.write(request, response, NAME, seal(authorizationRequest));
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
            HttpServletResponse response) {
        OAuth2AuthorizationRequest saved = loadAuthorizationRequest(request);
        SignInCookies.expire(request, response, NAME);
        return saved;
    }

    String seal(OAuth2AuthorizationRequest authorization) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("authorizationUri", authorization.getAuthorizationUri());
        fields.put("clientId", authorization.getClientId());
        fields.put("redirectUri", authorization.getRedirectUri());
        fields.put("scopes", List.copyOf(authorization.getScopes()));
        fields.put("state", authorization.getState());
        fields.put("additionalParameters", strings(authorization.getAdditionalParameters()));
        fields.put("attributes", strings(authorization.getAttributes()));
        fields.put("authorizationRequestUri", authorization.getAuthorizationRequestUri());
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(fields));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    OAuth2AuthorizationRequest open(String cookie) {
        Map<String, Object> fields;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cookie);
            if (bytes.length <= NONCE_BYTES) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            fields = json.readValue(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), FIELDS);
        } catch (GeneralSecurityException | IllegalArgumentException forgedOrFromAnotherKey) {
            return null;
        }
        Set<String> scopes = new LinkedHashSet<>((List<String>) fields.get("scopes"));
        return OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri((String) fields.get("authorizationUri"))
                .clientId((String) fields.get("clientId"))
                .redirectUri((String) fields.get("redirectUri"))
                .scopes(scopes)
                .state((String) fields.get("state"))
                .additionalParameters((Map<String, Object>) fields.get("additionalParameters"))
                .attributes((Map<String, Object>) fields.get("attributes"))
                .authorizationRequestUri((String) fields.get("authorizationRequestUri"))
                .build();
    }

    private static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> strings = new LinkedHashMap<>();
        values.forEach((name, value) -> strings.put(name, String.valueOf(value)));
        return strings;
    }
}
