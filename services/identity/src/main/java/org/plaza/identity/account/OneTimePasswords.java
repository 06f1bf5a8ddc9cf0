package org.plaza.identity.account;

import java.util.StringJoiner;

import org.plaza.starter.id.Ids;

/**
 * One-time passwords an administrator hands over: 16 characters from an alphabet without look-alikes,
 * in groups of four ({@code 7kqm-x3vp-…}), about 80 bits of randomness. They must be replaced at the
 * first sign-in.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private OneTimePasswords() {
    }

    static String next() {
        StringJoiner groups = new StringJoiner("-");
        for (int i = 0; i < 4; i++) {
            groups.add(Ids.randomFrom(ALPHABET, 4));
        }
        return groups.toString();
    }

    /** A new staff id: {@code stf_} and 20 random characters. */
    static String newStaffId() {
        return "stf_" + Ids.randomFrom(ALPHABET, 20);
    }
}
