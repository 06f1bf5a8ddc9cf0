package org.plaza.outreach.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret of an emailed confirmation link (double opt-in): the email carries {@code <id>.<secret>}, the document
 * keeps only a salted SHA-256 hash of the secret, so a copy of the database confirms nothing. Volunteer sign-ups and
 * meeting RSVPs are confirmed this one way.
 */
public final class LinkSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN = 200;

    private LinkSecrets() {
    }

    /** A new random secret (24 bytes, base64url without padding). */
    public static String newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash kept for the secret of the item {@code id}. */
    public static String hash(String id, String secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((id + ":link:").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code secret} is the one whose hash is kept, compared in constant time. */
    public static boolean matches(String id, String secret, String secretHash) {
        return secret != null && secretHash != null && MessageDigest.isEqual(secretHash.getBytes(StandardCharsets.US_ASCII),
                hash(id, secret).getBytes(StandardCharsets.US_ASCII));
    }

    /** A token {@code <id>.<secret>} split in two; empty when it has no such shape. */
    public static Optional<String[]> split(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || token.length() > MAX_TOKEN) {
            return Optional.empty();
        }
        return Optional.of(new String[] { token.substring(0, dot), token.substring(dot + 1) });
    }
}
