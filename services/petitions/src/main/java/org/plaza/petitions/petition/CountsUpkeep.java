package org.plaza.petitions.petition;

import java.util.EnumSet;

import org.plaza.petitions.tally.Reconciler;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Asks for a reconciliation of every petition that takes or holds signatures after a start (a crash may
 * have left a counter short) and of each petition once it closes (so its final counts are exact).
 */
@Component
class CountsUpkeep {

    private final Petitions petitions;
    private final Reconciler reconciler;

    CountsUpkeep(Petitions petitions, Reconciler reconciler) {
        this.petitions = petitions;
        this.reconciler = reconciler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        petitions.findByStatusIn(EnumSet.of(PetitionStatus.OPEN, PetitionStatus.CLOSED))
                .forEach(petition -> reconciler.reconcileSoon(petition.id()));
    }

    @EventListener
    void petitionChanged(PetitionChanged changed) {
        if (changed.step() == PetitionChanged.Step.CLOSED) {
            reconciler.reconcileSoon(changed.petitionId());
        }
    }
}
