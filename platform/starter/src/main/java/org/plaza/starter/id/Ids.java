package org.plaza.starter.id;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Identifiers with a readable prefix, URL-safe and lower-case. Two kinds:
 * <ul>
 * <li>{@link #next(String, Instant)}: {@code cmt_} + 10 base32 characters of the creation millisecond + 16
 * random ones (80 bits), so sorting by id is sorting by arrival and two instances never collide;</li>
 * <li>{@link #random(String)}: {@code sig_} + 26 random base32 characters (130 bits), for ids that must not
 * tell when they were made.</li>
 * </ul>
 * Both use Crockford's base32 alphabet (no i, l, o, u), whose order is the same in MongoDB and in Java.
 * {@link #randomFrom(String, int)} draws from an alphabet of the caller's, for codes people read out or type.
 */
public final class Ids {

    private static final char[] BASE32 = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** An id that sorts after every id made at an earlier millisecond. */
    public static String next(String prefix, Instant at) {
        StringBuilder id = new StringBuilder(prefix.length() + 27).append(prefix).append('_');
        long millis = Math.max(0, at.toEpochMilli());
        for (int shift = 45; shift >= 0; shift -= 5) {
            id.append(BASE32[(int) ((millis >>> shift) & 31)]);
        }
        return appendRandom(id, 16).toString();
    }

    /** An id of 26 random characters after the prefix. */
    public static String random(String prefix) {
        return appendRandom(new StringBuilder(prefix.length() + 27).append(prefix).append('_'), 26).toString();
    }

    /** {@code length} random base32 characters, for example to tell two equal slugs apart. */
    public static String randomBase32(int length) {
        return appendRandom(new StringBuilder(length), length).toString();
    }

    /**
     * {@code length} characters drawn uniformly from {@code alphabet}, e.g. one without look-alikes for a code a
     * volunteer shows on a phone or a one-time password an administrator hands over.
     */
    public static String randomFrom(String alphabet, int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** One draw from the shared generator per id (it is synchronized), five bits per character. */
    private static StringBuilder appendRandom(StringBuilder id, int length) {
        byte[] random = new byte[length];
        RANDOM.nextBytes(random);
        for (byte b : random) {
            id.append(BASE32[b & 31]);
        }
        return id;
    }
}
