package org.plaza.petitions.petition;

/** What the decision-maker answered (the values of {@code PetitionResponded.outcome}). */
public enum ResponseOutcome {
    ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, UNDER_REVIEW
}
