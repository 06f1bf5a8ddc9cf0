package org.plaza.starter.supporter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.plaza.starter.phone.CanonicalPhone;

/**
 * The pseudonymous {@code supporterId} of a person: {@code sup_} followed by 26 base32 characters
 * (130 bits) of HMAC-SHA256 over the {@linkplain CanonicalEmail canonical email}, keyed with
 * {@code plaza.supporter.key}. Every service uses the same key, so one person has one id across the
 * platform, and nobody without the key can get from an id back to an email.
 *
 * <p>A person who gave only a mobile number gets the same HMAC over {@code tel:} and the number in E.164
 * ({@link CanonicalPhone}): a canonical email always has an {@code @} and a {@code tel:} message never does, so a
 * number and an address never share an id.
 */
public final class SupporterIds {

    public static final String PREFIX = "sup_";
    static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int LENGTH = 26;
    /** What a phone's message starts with: never the start of a canonical email's message, which has an @. */
    private static final String PHONE_DOMAIN = "tel:";

    private final SecretKeySpec key;

    public SupporterIds(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("A supporter key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /**
     * The supporter id of {@code email}.
     *
     * @throws InvalidEmailException if {@code email} is not a usable email address
     */
    public String supporterId(String email) {
        return supporterId(CanonicalEmail.of(email));
    }

    public String supporterId(CanonicalEmail email) {
        return pseudonym(email.value());
    }

    /** The supporter id of a person known only by their mobile number. */
    public String supporterId(CanonicalPhone phone) {
        return pseudonym(PHONE_DOMAIN + phone.value());
    }

    private String pseudonym(String canonical) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            hash = mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", unavailable);
        }
        StringBuilder id = new StringBuilder(PREFIX.length() + LENGTH).append(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            id.append(BASE32[fiveBits(hash, i * 5)]);
        }
        return id.toString();
    }

    private static int fiveBits(byte[] bytes, int bitOffset) {
        int value = 0;
        for (int bit = bitOffset; bit < bitOffset + 5; bit++) {
            value = (value << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
        }
        return value;
    }
}
