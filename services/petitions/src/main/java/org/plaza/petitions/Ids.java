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

    /** One draw from the shared generator per id (it is synchronized: one per character queued every request). */
    public static String randomBase32(int length) {
        byte[] random = new byte[length];
        RANDOM.nextBytes(random);
        StringBuilder id = new StringBuilder(length);
        for (byte b : random) {
            id.append(BASE32[b & 31]);
        }
        return id.toString();
    }
}
