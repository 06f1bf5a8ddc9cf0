package org.plaza.bench.platform;

import java.util.List;

import org.plaza.starter.vocabulary.Vocabulary;

/**
 * Synthetic residents: a unique email address and a client address per operation. Each operation gets its
 * own IPv4 /24 (cycling after 65,536 operations) and email domains are spread over thousands of names, so
 * per-client limits and the petitions' network and domain burst rules see many residents, as on a real
 * night, not one load generator. The gateway believes the address only when it trusts the bench as a
 * proxy ({@code PLAZA_GATEWAY_TRUSTED_PROXIES=127.0.0.1/32}). They live in the platform vocabulary's
 * communities, in turn.
 */
public final class Residents {

    static final int DOMAINS = 16_384;
    private static final List<String> COMMUNITIES = Vocabulary.codes(Vocabulary.platformDefaults().communities());

    private Residents() {
    }

    public static String email(String run, long sequence) {
        return "r" + sequence + "-" + run + "@m" + (sequence % DOMAINS) + ".bench.example.org";
    }

    public static String clientAddress(long sequence) {
        long a = sequence & 0xFF;
        long b = (sequence >> 8) & 0xFF;
        long c = ((sequence >> 16) % 254) + 1;
        return "10." + b + "." + a + "." + c;
    }

    public static String name(long sequence) {
        return "Residente " + sequence;
    }

    public static String community(long sequence) {
        return COMMUNITIES.get((int) (sequence % COMMUNITIES.size()));
    }
}
