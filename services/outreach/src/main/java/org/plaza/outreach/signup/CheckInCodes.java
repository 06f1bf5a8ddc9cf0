package org.plaza.outreach.signup;

import org.plaza.starter.id.Ids;

/** The short code a volunteer shows at check-in: six characters nobody confuses on a phone screen. */
final class CheckInCodes {

    private static final String ALPHABET = "ACDEFHJKMNPRTWXY34679";

    private CheckInCodes() {
    }

    static String next() {
        return Ids.randomFrom(ALPHABET, 6);
    }
}
