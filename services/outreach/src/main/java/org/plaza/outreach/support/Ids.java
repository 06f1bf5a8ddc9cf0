package org.plaza.outreach.support;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Identifiers that sort by creation time: a prefix, 10 base32 characters of milliseconds and 16 random
 * ones, so two instances never collide and sorting by id is sorting by arrival.
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
        for (int i = 0; i < 2; i++) {
            long part = RANDOM.nextLong();
            for (int shift = 35; shift >= 0; shift -= 5) {
                id.append(BASE32[(int) ((part >>> shift) & 31)]);
            }
        }
        return id.toString();
    }

    /** A short code a volunteer shows at check-in: six characters nobody confuses on a phone screen. */
    public static String checkInCode() {
        char[] alphabet = "ACDEFHJKMNPRTWXY34679".toCharArray();
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            code.append(alphabet[RANDOM.nextInt(alphabet.length)]);
        }
        return code.toString();
    }
}
