package org.plaza.identity.account;

import java.security.SecureRandom;

/**
 * One-time passwords an administrator hands over: 16 characters from an alphabet without look-alikes,
 * in groups of four ({@code 7kqm-x3vp-…}), about 80 bits of randomness. They must be replaced at the
 * first sign-in.
 */
final class OneTimePasswords {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String next() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }

    /** A new staff id: {@code stf_} and 20 random characters. */
    static String newStaffId() {
        StringBuilder id = new StringBuilder("stf_");
        for (int i = 0; i < 20; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
