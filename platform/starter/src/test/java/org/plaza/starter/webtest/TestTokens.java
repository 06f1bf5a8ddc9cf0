package org.plaza.starter.webtest;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signs staff tokens with a key pair made for this test run, like the identity service would. */
public final class TestTokens {

    private static final KeyPair ISSUER = generate();
    private static final KeyPair STRANGER = generate();

    private TestTokens() {
    }

    static RSAPublicKey publicKey() {
        return (RSAPublicKey) ISSUER.getPublic();
    }

    /** A valid token for {@code staff@plaza.test} with these roles. */
    public static String withRoles(String... roles) {
        return sign(ISSUER, Instant.now().plus(Duration.ofMinutes(5)), roles);
    }

    /** A token with a staff role, signed by a key the service does not trust. */
    public static String signedByStranger() {
        return sign(STRANGER, Instant.now().plus(Duration.ofMinutes(5)), "ADMIN");
    }

    public static String expired() {
        return sign(ISSUER, Instant.now().minus(Duration.ofHours(1)), "ADMIN");
    }

    private static String sign(KeyPair key, Instant expiry, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("https://identity.plaza.test")
                .subject("staff@plaza.test")
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(10))))
                .expirationTime(Date.from(expiry))
                .claim("roles", List.of(roles))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(key.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
