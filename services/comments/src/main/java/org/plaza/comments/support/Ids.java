package org.plaza.comments.support;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Identifiers that sort by creation time: a prefix, 10 base32 characters of milliseconds and 16 random
 * ones, so "sorted by id" is "in the order they arrived" and two instances never collide.
 */
public final class Ids {

    private static final char[] BASE32 = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String next(String prefix, Instant at) {
        StringBuilder id = new StringBuilder(prefix.length() + 27).append(prefix).append('_');
        long millis = Math.max(0, at.toEpochMilli());
        for (int shift = 45; shift >= 0; shift -= 5) {
            id.append(BASE32[(int) ((millis >>> shift) & 31)]);
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = 0;
        for (int i = 0; i < 5; i++) {
            high = (high << 8) | (random[i] & 0xff);
        }
        long low = 0;
        for (int i = 5; i < 10; i++) {
            low = (low << 8) | (random[i] & 0xff);
        }
        for (long part : new long[] { high, low }) {
            for (int shift = 35; shift >= 0; shift -= 5) {
                id.append(BASE32[(int) ((part >>> shift) & 31)]);
            }
        }
        return id.toString();
    }
}
