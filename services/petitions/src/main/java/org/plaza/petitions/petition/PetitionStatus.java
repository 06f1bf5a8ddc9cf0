package org.plaza.petitions.petition;

/** Where a petition is in its life: only an OPEN petition takes signatures. */
public enum PetitionStatus {
    DRAFT, OPEN, CLOSED, DELIVERED
}
