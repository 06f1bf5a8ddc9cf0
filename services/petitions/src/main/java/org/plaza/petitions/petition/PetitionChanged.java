package org.plaza.petitions.petition;

/**
 * Told inside this instance after a petition's lifecycle step was saved, so that other features react
 * at once (signer updates, reconciliation); each of them also finds its work again after a restart.
 */
public record PetitionChanged(String petitionId, Step step) {

    /** The lifecycle step that was saved. */
    public enum Step {
        PUBLISHED, CLOSED, DEADLINE_EXTENDED, DELIVERED, RESPONDED
    }
}
