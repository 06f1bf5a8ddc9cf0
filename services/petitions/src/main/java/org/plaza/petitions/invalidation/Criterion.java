package org.plaza.petitions.invalidation;

/** How an invalidation selects signatures (the values of {@code SignaturesInvalidated.criterion}). */
public enum Criterion {
    CANONICAL_EMAIL, EMAIL_DOMAIN, CLIENT_ADDRESS_RANGE, TIME_WINDOW, FRAUD_FLAG
}
