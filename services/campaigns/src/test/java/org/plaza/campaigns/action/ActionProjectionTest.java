package org.plaza.campaigns.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.campaigns.CampaignsTest;
import org.plaza.campaigns.action.WaysToAct.OpenPetition;
import org.plaza.campaigns.action.WaysToAct.UpcomingShift;
import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionDeadlineExtended;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.petitions.SignaturesInvalidated;
import org.plaza.events.petitions.SignaturesRestored;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The projection against MongoDB, without Kafka: every handler is idempotent and tolerates the orders
 * in which events of different keys (or a redelivery) can arrive.
 */
@CampaignsTest
class ActionProjectionTest {

    private static final Instant NOW = Instant.now();

    @Autowired
    ActionProjection projection;

    @Autowired
    WaysToAct waysToAct;

    private final String campaignId = "cmp-" + UUID.randomUUID();

    @Test
    void countsEachVerifiedSignatureOnceHoweverOftenItArrives() {
        String petitionId = publishedPetition();
        SignatureVerified first = verified(petitionId);
        projection.signatureVerified(first);
        projection.signatureVerified(first);
        projection.signatureVerified(verified(petitionId));

        assertThat(freshCount(petitionId)).isEqualTo(2);
    }

    @Test
    void anInvalidationArrivingBeforeTheVerificationStillHoldsTheSignatureUntilRestored() {
        String petitionId = publishedPetition();
        SignatureVerified early = verified(petitionId);
        SignatureVerified late = verified(petitionId);
        projection.signatureVerified(early);
        SignaturesInvalidated batch = new SignaturesInvalidated(petitionId, campaignId, "bat-1",
                List.of(early.signatureId(), late.signatureId()), Map.of("OASIS", 2), "FRAUD_FLAG", "stf-1", NOW);
        projection.signaturesInvalidated(batch);
        projection.signatureVerified(late);

        assertThat(freshCount(petitionId)).isZero();

        projection.signaturesRestored(new SignaturesRestored(petitionId, campaignId, "bat-1",
                List.of(early.signatureId(), late.signatureId()), Map.of("OASIS", 2), "stf-1", NOW));
        projection.signaturesRestored(new SignaturesRestored(petitionId, campaignId, "bat-1",
                List.of(early.signatureId(), late.signatureId()), Map.of("OASIS", 2), "stf-1", NOW));

        assertThat(freshCount(petitionId)).isEqualTo(2);
    }

    @Test
    void aClosedPetitionStaysClosedWhenItsPublicationIsRedelivered() {
        String petitionId = publishedPetition();
        projection.petitionClosed(new PetitionClosed(petitionId, campaignId, PetitionClosed.Reason.DEADLINE_PASSED, 0,
                null, NOW));
        projection.petitionPublished(publication(petitionId, null));

        assertThat(waysToAct.forCampaign(campaignId).petitions()).isEmpty();
    }

    @Test
    void anExtendedPetitionShowsItsNewClosingDateAlsoWhenItsPublicationIsRedelivered() {
        String petitionId = "pet-" + UUID.randomUUID();
        Instant extended = NOW.plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MILLIS);
        projection.petitionPublished(publication(petitionId, NOW.minusSeconds(1)));
        assertThat(waysToAct.forCampaign(campaignId).petitions()).isEmpty();

        projection.petitionDeadlineExtended(new PetitionDeadlineExtended(petitionId, campaignId, NOW.minusSeconds(1),
                extended, "stf-1", NOW));
        projection.petitionPublished(publication(petitionId, NOW.minusSeconds(1)));

        assertThat(waysToAct.forCampaign(campaignId).petitions()).extracting(OpenPetition::closesAt)
                .containsExactly(extended);
    }

    @Test
    void petitionsPastTheirClosingTimeAndDrivesPastTheirDeadlineAreNoLongerOpen() {
        String expired = "pet-" + UUID.randomUUID();
        projection.petitionPublished(publication(expired, NOW.minusSeconds(1)));
        projection.driveOpened(drive("drv-" + UUID.randomUUID(), NOW.minusSeconds(1)));
        String open = "drv-" + UUID.randomUUID();
        projection.driveOpened(drive(open, NOW.plus(Duration.ofDays(1))));

        WaysToAct.CampaignActions actions = waysToAct.forCampaign(campaignId);
        assertThat(actions.petitions()).isEmpty();
        assertThat(actions.drives()).extracting(WaysToAct.OpenDrive::driveId).containsExactly(open);

        projection.driveClosed(new CommentDriveClosed(open, campaignId, CommentDriveClosed.Reason.CLOSED_BY_ORGANIZER,
                NOW.plus(Duration.ofDays(1)), 3, "stf-1", NOW));
        assertThat(waysToAct.forCampaign(campaignId).isEmpty()).isTrue();
    }

    @Test
    void keepsTheNewestNumberOfOpenSpotsWhenAnOlderOneArrivesLate() {
        String shiftId = "shf-" + UUID.randomUUID();
        projection.shiftScheduled(shift(shiftId, 10));
        projection.shiftSignedUp(signedUp(shiftId, 8, NOW.plusSeconds(20)));
        projection.shiftSignedUp(signedUp(shiftId, 9, NOW.plusSeconds(10)));
        projection.shiftScheduled(shift(shiftId, 10));

        assertThat(waysToAct.forCampaign(campaignId).shifts()).extracting(UpcomingShift::openSpots).containsExactly(8);

        projection.shiftCancelled(new ShiftCancelled(shiftId, campaignId, ShiftCancelled.Scope.SIGN_UP, "sgn-1",
                "vol-1", "sup_1", ShiftCancelled.CancelledBy.VOLUNTEER, null, 9, NOW.plusSeconds(30)));
        assertThat(waysToAct.forCampaign(campaignId).shifts()).extracting(UpcomingShift::openSpots).containsExactly(9);

        projection.shiftCancelled(new ShiftCancelled(shiftId, campaignId, ShiftCancelled.Scope.SHIFT, null, null,
                null, ShiftCancelled.CancelledBy.ORGANIZER, "stf-1", 0, NOW.plusSeconds(40)));
        assertThat(waysToAct.forCampaign(campaignId).shifts()).isEmpty();
    }

    @Test
    void countsOpenWaysToActPerCampaignForTheHomePage() {
        publishedPetition();
        projection.driveOpened(drive("drv-" + UUID.randomUUID(), NOW.plus(Duration.ofDays(1))));
        projection.shiftScheduled(shift("shf-" + UUID.randomUUID(), 4));

        assertThat(waysToAct.countsFor(List.of(campaignId, "cmp-none"))).containsEntry(campaignId, 3)
                .doesNotContainKey("cmp-none");
    }

    private long freshCount(String petitionId) {
        return waysToAct.forCampaign(campaignId).petitions().stream()
                .filter(p -> p.petitionId().equals(petitionId)).mapToLong(OpenPetition::verifiedSignatures)
                .findFirst().orElseThrow();
    }

    private String publishedPetition() {
        String petitionId = "pet-" + UUID.randomUUID();
        projection.petitionPublished(publication(petitionId, NOW.plus(Duration.ofDays(30))));
        return petitionId;
    }

    private PetitionPublished publication(String petitionId, Instant closesAt) {
        return new PetitionPublished(petitionId, campaignId, "Petición", "Petition", 100, List.of(), List.of("OASIS"),
                closesAt, "stf-1", NOW);
    }

    private SignatureVerified verified(String petitionId) {
        return new SignatureVerified("sig-" + UUID.randomUUID(), petitionId, campaignId, "sup_1", "OASIS", "es", false,
                false, "WEB", NOW);
    }

    private CommentDriveOpened drive(String driveId, Instant deadline) {
        return new CommentDriveOpened(driveId, campaignId, "pb-1", "CITY_COUNCIL", "Comentario", "Comment", "4",
                deadline.plus(Duration.ofDays(1)), "America/Los_Angeles", deadline, false, "stf-1", NOW);
    }

    private ShiftScheduled shift(String shiftId, int capacity) {
        return new ShiftScheduled(shiftId, campaignId, "CANVASS", "Turno", "Shift", "MECCA",
                NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(2).plusHours(2)), "America/Los_Angeles",
                capacity, 2, List.of(), null, null, "stf-1", NOW);
    }

    private ShiftSignedUp signedUp(String shiftId, int openSpots, Instant at) {
        return new ShiftSignedUp("sgn-" + UUID.randomUUID(), shiftId, campaignId, "vol-1", "sup_1", null, openSpots,
                at);
    }
}
