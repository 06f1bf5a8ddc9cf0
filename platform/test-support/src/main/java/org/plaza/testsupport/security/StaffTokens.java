package org.plaza.testsupport.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Mints staff JWTs from a real local OpenID Connect issuer (one per JVM) that a service under
 * test trusts through {@value #ISSUER_URI_PROPERTY}.
 *
 * <p>Tokens carry {@code iss}, {@code sub} (the staff id), {@code iat}, {@code exp} (in an
 * hour) and {@code roles}, a JSON array of {@link Role} names. The negative variants differ
 * from a good token in exactly one way.
 */
public final class StaffTokens {

    /** The resource-server property that names the trusted issuer. */
    public static final String ISSUER_URI_PROPERTY = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    /**
     * The resource-server property that names the issuer's keys. Set next to the issuer, the service fetches the
     * keys directly instead of first reading the issuer's discovery document, one request fewer that a loaded
     * machine can time out on the first staff call.
     */
    public static final String JWK_SET_URI_PROPERTY = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    /** The claim that carries the staff roles. */
    public static final String ROLES_CLAIM = "roles";

    /**
     * The claim that carries the staff member's email address when their account has one: what identity issues and
     * the starter's {@code StaffMember.EMAIL_CLAIM} reads (its {@code StaffMemberTest} checks the two agree).
     */
    public static final String EMAIL_CLAIM = "email";

    private static final Duration LIFETIME = Duration.ofHours(1);

    private static StaffTokens shared;

    private final RSAKey signingKey;

    private final RSAKey impostorKey;

    private final LocalIssuer server;

    private StaffTokens() {
        this.signingKey = generateKey("plaza-test-key");
        this.impostorKey = generateKey("plaza-test-key");
        this.server = new LocalIssuer(this.signingKey);
    }

    /** The issuer of this JVM, started on first use. */
    public static synchronized StaffTokens shared() {
        if (shared == null) {
            shared = new StaffTokens();
        }
        return shared;
    }

    /** For a test's {@code @DynamicPropertySource}: trust this JVM's issuer. */
    public static void registerIssuer(DynamicPropertyRegistry registry) {
        registry.add(ISSUER_URI_PROPERTY, () -> shared().issuer());
        registry.add(JWK_SET_URI_PROPERTY, () -> shared().jwkSetUri());
    }

    /** Where the issuer's public keys are served. */
    public String jwkSetUri() {
        return this.server.issuer() + LocalIssuer.JWKS_PATH;
    }

    /** The issuer URI, {@code http://127.0.0.1:<port>}. */
    public String issuer() {
        return this.server.issuer();
    }

    /** A valid token for a staff member with these roles. */
    public String staffToken(String staffId, Role... roles) {
        Instant now = Instant.now();
        return sign(claims(issuer(), staffId, now, now.plus(LIFETIME), roles), this.signingKey);
    }

    /** A valid token for a staff member with these roles whose account has an email address ({@code email} claim). */
    public String staffTokenWithEmail(String staffId, String email, Role... roles) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(issuer(), staffId, now, now.plus(LIFETIME), roles))
                .claim(EMAIL_CLAIM, email)
                .build();
        return sign(claims, this.signingKey);
    }

    /** A token whose signature does not verify: signed by another key under the issuer's key id. */
    public String tokenWithBadSignature(String staffId, Role... roles) {
        Instant now = Instant.now();
        return sign(claims(issuer(), staffId, now, now.plus(LIFETIME), roles), this.impostorKey);
    }

    /** A well-signed token that names an issuer the service does not trust. */
    public String tokenFromUnknownIssuer(String staffId, Role... roles) {
        Instant now = Instant.now();
        return sign(claims(issuer() + "/unknown", staffId, now, now.plus(LIFETIME), roles), this.signingKey);
    }

    /** A well-signed token that expired ten minutes ago, beyond any clock-skew allowance. */
    public String expiredToken(String staffId, Role... roles) {
        Instant expired = Instant.now().minus(Duration.ofMinutes(10));
        return sign(claims(issuer(), staffId, expired.minus(LIFETIME), expired, roles), this.signingKey);
    }

    /** An OpenID Connect ID token for the client {@code audience}, carrying the {@code nonce} it sent. */
    public String idToken(String staffId, String audience, String nonce, Role... roles) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(issuer(), staffId, now, now.plus(LIFETIME), roles))
                .audience(audience)
                .claim("nonce", nonce)
                .build();
        return sign(claims, this.signingKey);
    }

    /** An {@code Authorization} header value for a token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JWTClaimsSet claims(String issuer, String staffId, Instant issuedAt, Instant expiresAt, Role... roles) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(staffId)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim(ROLES_CLAIM, Arrays.stream(roles).map(Role::name).toList())
                .build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Could not sign a test token", ex);
        }
        return jwt.serialize();
    }

    private static RSAKey generateKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Could not generate a test signing key", ex);
        }
    }

}
