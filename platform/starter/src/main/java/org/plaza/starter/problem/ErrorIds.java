package org.plaza.starter.problem;

import java.util.concurrent.ThreadLocalRandom;

/** Short references for unexpected errors, easy to read out over the phone and to find in the log. */
final class ErrorIds {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private ErrorIds() {
    }

    /** Ten characters of Crockford base32, about 50 random bits. */
    static String next() {
        long bits = ThreadLocalRandom.current().nextLong();
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[(int) (bits & 31)];
            bits >>>= 5;
        }
        return new String(id);
    }
}
