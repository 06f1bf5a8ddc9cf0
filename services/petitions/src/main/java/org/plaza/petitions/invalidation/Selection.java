package org.plaza.petitions.invalidation;

import java.time.Instant;

/**
 * What a batch selected, as stored: for a canonical email only its supporterId (the address itself is not
 * kept), for a domain the ASCII domain, for a range the CIDR, for a window its bounds.
 */
record Selection(Criterion criterion, String supporterId, String domain, String range, Instant from, Instant to) {

    /** A description staff can read; never an email address. */
    String describe() {
        return switch (criterion) {
            case CANONICAL_EMAIL -> supporterId;
            case EMAIL_DOMAIN -> domain;
            case CLIENT_ADDRESS_RANGE -> range;
            case TIME_WINDOW -> from + "/" + to;
            case FRAUD_FLAG -> "flagged";
        };
    }
}
