package org.plaza.outreach.signup;

import java.security.SecureRandom;

/** The short code a volunteer shows at check-in: six characters nobody confuses on a phone screen. */
final class CheckInCodes {

    private static final char[] ALPHABET = "ACDEFHJKMNPRTWXY34679".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
