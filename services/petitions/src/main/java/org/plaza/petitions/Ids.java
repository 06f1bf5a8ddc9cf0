package org.plaza.petitions;

import java.security.SecureRandom;

/** Random, URL-safe identifiers with a readable prefix: {@code sig_} + 26 base32 characters (130 bits). */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private Ids() {
    }

    public static String newId(String prefix) {
        return prefix + "_" + randomBase32(26);
    }

    public static String randomBase32(int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(BASE32[RANDOM.nextInt(32)]);
        }
        return id.toString();
    }
}
