package org.plaza.petitions.signature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One emailed proof of address: a 6-digit code and a link secret, stored only as salted SHA-256 hashes.
 * The link token residents get is {@code <signatureId>.<secret>}, so it is looked up by id.
 */
record Credential(String codeHash, String secretHash, Instant issuedAt, Instant expiresAt) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static Issued issue(String signatureId, Instant now, Duration ttl) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Credential stored = new Credential(hash(signatureId, "code", code), hash(signatureId, "link", secret), now,
                now.plus(ttl));
        return new Issued(code, signatureId + "." + secret, stored);
    }

    boolean matchesCode(String signatureId, String code) {
        return equal(codeHash, hash(signatureId, "code", code));
    }

    boolean matchesSecret(String signatureId, String secret) {
        return equal(secretHash, hash(signatureId, "link", secret));
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    static String hash(String signatureId, String kind, String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((signatureId + ":" + kind + ":").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean equal(String a, String b) {
        return a != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** A freshly issued credential: the plain code and link token (for the email only) and what is stored. */
    record Issued(String code, String token, Credential stored) {
    }
}
