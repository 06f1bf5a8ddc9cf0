package org.plaza.campaigns.action;

import java.time.Instant;
import java.util.List;

import org.plaza.events.comments.CommentDriveClosed;
import org.plaza.events.comments.CommentDriveOpened;
import org.plaza.events.comments.CommentPacketDelivered;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftPromoted;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.ShiftUnderstaffed;
import org.plaza.events.petitions.PetitionClosed;
import org.plaza.events.petitions.PetitionDeadlineExtended;
import org.plaza.events.petitions.PetitionDelivered;
import org.plaza.events.petitions.PetitionPublished;
import org.plaza.events.petitions.PetitionResponded;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.events.petitions.SignaturesInvalidated;
import org.plaza.events.petitions.SignaturesRestored;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps the local copy of each campaign's petitions, comment drives and shifts up to date. Every
 * method is an upsert keyed on the item (or signature) id that sets absolute values, so handling an
 * event twice, or replaying a topic from the start, gives the same documents. Opening facts never
 * reopen a closed item, so a late duplicate cannot bring back a call to action.
 */
@Service
public class ActionProjection {

    private final MongoTemplate mongo;

    ActionProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void petitionPublished(PetitionPublished e) {
        Update update = new Update()
                .set("campaignId", e.campaignId())
                .set("titleEs", e.titleEs())
                .set("titleEn", e.titleEn())
                .set("signatureGoal", e.signatureGoal())
                .set("publishedAt", e.publishedAt());
        upsert(e.petitionId(), PetitionAction.class, e.closesAt() == null ? update : update.max("closesAt", e.closesAt()));
    }

    /** Closing dates only move later, so a redelivered publication cannot undo an extension. */
    public void petitionDeadlineExtended(PetitionDeadlineExtended e) {
        upsert(e.petitionId(), PetitionAction.class,
                new Update().set("campaignId", e.campaignId()).max("closesAt", e.closesAt()));
    }

    public void petitionClosed(PetitionClosed e) {
        upsert(e.petitionId(), PetitionAction.class,
                new Update().set("campaignId", e.campaignId()).set("closedAt", e.closedAt()));
    }

    public void petitionDelivered(PetitionDelivered e) {
        upsert(e.petitionId(), PetitionAction.class, new Update().set("campaignId", e.campaignId())
                .set("deliveredOn", e.deliveredOn()).set("deliveredSignatures", e.verifiedSignatureCount()));
    }

    /** A petition is answered once (petitions refuses a second response), so the answer is set as it comes. */
    public void petitionResponded(PetitionResponded e) {
        upsert(e.petitionId(), PetitionAction.class, new Update().set("campaignId", e.campaignId())
                .set("respondedOn", e.respondedOn()).set("responseOutcome", e.outcome()));
    }

    public void signatureVerified(SignatureVerified e) {
        upsert(e.signatureId(), SignatureMark.class, new Update()
                .set("petitionId", e.petitionId())
                .set("verified", true)
                .setOnInsert("invalidatedBy", List.of()));
    }

    /** Marks each signature as held by the batch, creating it if its verification has not arrived yet. */
    public void signaturesInvalidated(SignaturesInvalidated e) {
        if (e.signatureIds() == null || e.signatureIds().isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, SignatureMark.class);
        for (String signatureId : e.signatureIds()) {
            bulk.upsert(byId(signatureId), new Update()
                    .set("petitionId", e.petitionId())
                    .setOnInsert("verified", false)
                    .addToSet("invalidatedBy", e.batchId()));
        }
        bulk.execute();
    }

    public void signaturesRestored(SignaturesRestored e) {
        if (e.signatureIds() == null || e.signatureIds().isEmpty()) {
            return;
        }
        mongo.updateMulti(Query.query(where("_id").in(e.signatureIds())),
                new Update().pull("invalidatedBy", e.batchId()), SignatureMark.class);
    }

    public void driveOpened(CommentDriveOpened e) {
        upsert(e.driveId(), DriveAction.class, new Update()
                .set("campaignId", e.campaignId())
                .set("titleEs", e.titleEs())
                .set("titleEn", e.titleEn())
                .set("publicBodyKind", e.publicBodyKind())
                .set("agendaItemNumber", e.agendaItemNumber())
                .set("meetingAt", e.meetingAt())
                .set("timeZone", e.timeZone())
                .set("commentDeadline", e.commentDeadline())
                .set("openedAt", e.openedAt()));
    }

    public void driveClosed(CommentDriveClosed e) {
        upsert(e.driveId(), DriveAction.class,
                new Update().set("campaignId", e.campaignId()).set("closedAt", e.closedAt()));
    }

    /** The first delivery counts: a repeated delivery (a resend) keeps the earliest time. */
    public void packetDelivered(CommentPacketDelivered e) {
        upsert(e.driveId(), DriveAction.class,
                new Update().set("campaignId", e.campaignId()).min("packetDeliveredAt", e.deliveredAt()));
    }

    public void shiftScheduled(ShiftScheduled e) {
        upsert(e.shiftId(), ShiftAction.class, new Update()
                .set("campaignId", e.campaignId())
                .set("activity", e.activity())
                .set("titleEs", e.titleEs())
                .set("titleEn", e.titleEn())
                .set("community", e.community())
                .set("startsAt", e.startsAt())
                .set("endsAt", e.endsAt())
                .set("timeZone", e.timeZone())
                .set("capacity", e.capacity())
                .set("scheduledAt", e.scheduledAt())
                .setOnInsert("openSpots", e.capacity())
                .setOnInsert("spotsAt", e.scheduledAt()));
    }

    public void shiftSignedUp(ShiftSignedUp e) {
        openSpots(e.shiftId(), e.campaignId(), e.openSpots(), e.signedUpAt());
    }

    public void shiftPromoted(ShiftPromoted e) {
        openSpots(e.shiftId(), e.campaignId(), e.openSpots(), e.promotedAt());
    }

    public void shiftUnderstaffed(ShiftUnderstaffed e) {
        openSpots(e.shiftId(), e.campaignId(), e.openSpots(), e.detectedAt());
    }

    /** A cancelled sign-up frees a place; a cancelled shift leaves the page. */
    public void shiftCancelled(ShiftCancelled e) {
        if (e.scope() == ShiftCancelled.Scope.SHIFT) {
            upsert(e.shiftId(), ShiftAction.class,
                    new Update().set("campaignId", e.campaignId()).set("cancelledAt", e.cancelledAt()));
        } else {
            openSpots(e.shiftId(), e.campaignId(), e.openSpots(), e.cancelledAt());
        }
    }

    /** Keeps the newest announced number of free places; an older announcement arriving late changes nothing. */
    private void openSpots(String shiftId, String campaignId, int openSpots, Instant at) {
        Query notNewer = Query.query(where("_id").is(shiftId)
                .orOperator(where("spotsAt").is(null), where("spotsAt").lte(at)));
        Update update = new Update().set("openSpots", openSpots).set("spotsAt", at);
        if (mongo.updateFirst(notNewer, update, ShiftAction.class).getMatchedCount() > 0) {
            return;
        }
        try {
            mongo.insert(new ShiftAction(shiftId, campaignId, null, null, null, null, null, null, null, null,
                    openSpots, at, null, null));
        } catch (DuplicateKeyException e) {
            // The shift already holds a newer number of free places.
        }
    }

    private void upsert(String id, Class<?> type, Update update) {
        mongo.upsert(byId(id), update, type);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
