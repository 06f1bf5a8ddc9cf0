package org.plaza.starter.supporter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;


/**
 * HMAC-SHA256 keys for a service's signed links, each derived from the platform's supporter key
 * ({@code PLAZA_SUPPORTER_KEY}) and a purpose, so no extra secret needs configuring and a link made for
 * one purpose never opens another. Without a configured key the starter only starts under the
 * {@code embedded} or {@code test} profile, which use its public development key; so does this.
 */
public final class Hmac {

    private final byte[] key;

    private Hmac(byte[] key) {
        this.key = key;
    }

    /** The key for {@code purpose}: HMAC-SHA256(supporter key, purpose). */
    public static Hmac forPurpose(SupporterSettings supporter, String purpose) {
        String configured = supporter.key();
        String root = configured == null || configured.isBlank() ? SupporterAutoConfiguration.DEVELOPMENT_KEY : configured;
        return new Hmac(sign(root.getBytes(StandardCharsets.UTF_8), purpose.getBytes(StandardCharsets.UTF_8)));
    }

    /** The base64url (unpadded) MAC of {@code message}. */
    public String mac(String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sign(key, message.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code mac} is the MAC of {@code message}, compared in constant time. */
    public boolean verify(String message, String mac) {
        if (mac == null) {
            return false;
        }
        return MessageDigest.isEqual(mac(message).getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sign(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
