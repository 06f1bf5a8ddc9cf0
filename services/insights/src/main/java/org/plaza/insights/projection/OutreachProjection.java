package org.plaza.insights.projection;

import static org.plaza.insights.projection.FactWriter.date;

import org.bson.Document;
import org.plaza.events.outreach.ShiftAttended;
import org.plaza.events.outreach.ShiftCancelled;
import org.plaza.events.outreach.ShiftPromoted;
import org.plaza.events.outreach.ShiftScheduled;
import org.plaza.events.outreach.ShiftSignedUp;
import org.plaza.events.outreach.ShiftUnderstaffed;
import org.plaza.events.outreach.ShiftWaitlisted;
import org.plaza.events.outreach.TrainingCompleted;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.insights.InsightsSettings;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Volunteers, shifts, sign-ups, attendance and trainings. A sign-up is one fact keyed by its id whose
 * status follows the shift's events (all keyed by the shift, so in order); attendance keeps the
 * highest revision of the minutes served.
 */
@Component
public class OutreachProjection {

    public static final String SIGNED_UP = "SIGNED_UP";
    public static final String WAITLISTED = "WAITLISTED";
    public static final String CANCELLED = "CANCELLED";

    private final FactWriter facts;
    private final TimeBuckets buckets;

    OutreachProjection(MongoTemplate mongo, InsightsSettings settings) {
        this.facts = new FactWriter(mongo);
        this.buckets = new TimeBuckets(settings.timeZone());
    }

    public void volunteerRegistered(VolunteerRegistered e) {
        Document set = new Document("supporterId", e.supporterId()).append("campaignId", e.campaignId())
                .append("community", e.community()).append("languages", e.languages())
                .append("skills", e.skills()).append("ageGroup", e.ageGroup() == null ? null : e.ageGroup().name())
                .append("source", e.source()).append("at", date(e.registeredAt()));
        set.putAll(buckets.of(e.registeredAt()));
        facts.upsert(Facts.VOLUNTEERS, e.volunteerId(), set);
    }

    public void shiftScheduled(ShiftScheduled e) {
        facts.upsert(Facts.ITEMS, Facts.itemKey(Facts.SHIFT, e.shiftId()), item(e.shiftId(), e.campaignId())
                .append("activity", e.activity()).append("titleEs", e.titleEs()).append("titleEn", e.titleEn())
                .append("community", e.community()).append("startsAt", date(e.startsAt()))
                .append("endsAt", date(e.endsAt())).append("timeZone", e.timeZone())
                .append("capacity", e.capacity()).append("minimumVolunteers", e.minimumVolunteers())
                .append("languagesNeeded", e.languagesNeeded()).append("trainingId", e.trainingId())
                .append("scheduledAt", date(e.scheduledAt())).append("status", "SCHEDULED"));
    }

    public void signedUp(ShiftSignedUp e) {
        signup(e.signupId(), e.shiftId(), e.campaignId(), e.volunteerId(), e.supporterId(),
                new Document("status", SIGNED_UP).append("role", e.role()).append("at", date(e.signedUpAt())));
        openSpots(e.shiftId(), e.campaignId(), e.openSpots());
    }

    public void waitlisted(ShiftWaitlisted e) {
        signup(e.signupId(), e.shiftId(), e.campaignId(), e.volunteerId(), e.supporterId(),
                new Document("status", WAITLISTED).append("waitlistPosition", e.waitlistPosition())
                        .append("at", date(e.waitlistedAt())));
    }

    public void promoted(ShiftPromoted e) {
        signup(e.signupId(), e.shiftId(), e.campaignId(), e.volunteerId(), e.supporterId(),
                new Document("status", SIGNED_UP).append("promotedAt", date(e.promotedAt())));
        openSpots(e.shiftId(), e.campaignId(), e.openSpots());
    }

    public void cancelled(ShiftCancelled e) {
        if (e.scope() == ShiftCancelled.Scope.SHIFT) {
            facts.upsert(Facts.ITEMS, Facts.itemKey(Facts.SHIFT, e.shiftId()), item(e.shiftId(), e.campaignId())
                    .append("status", CANCELLED).append("cancelledAt", date(e.cancelledAt())).append("openSpots", 0));
            return;
        }
        if (e.signupId() == null) {
            return;
        }
        signup(e.signupId(), e.shiftId(), e.campaignId(), e.volunteerId(), e.supporterId(),
                new Document("status", CANCELLED).append("cancelledAt", date(e.cancelledAt()))
                        .append("cancelledBy", e.cancelledBy() == null ? null : e.cancelledBy().name()));
        openSpots(e.shiftId(), e.campaignId(), e.openSpots());
    }

    public void attended(ShiftAttended e) {
        Document existing = facts.find(Facts.ATTENDANCE, e.signupId());
        if (existing != null && existing.get("revision", 0) >= e.revision()) {
            return;
        }
        facts.upsert(Facts.ATTENDANCE, e.signupId(), new Document("shiftId", e.shiftId())
                .append("campaignId", e.campaignId()).append("volunteerId", e.volunteerId())
                .append("supporterId", e.supporterId()).append("minutesServed", e.minutesServed())
                .append("revision", e.revision())
                .append("checkIn", e.checkIn() == null ? null : e.checkIn().name())
                .append("recordedAt", date(e.recordedAt())));
    }

    public void understaffed(ShiftUnderstaffed e) {
        facts.upsert(Facts.ITEMS, Facts.itemKey(Facts.SHIFT, e.shiftId()), item(e.shiftId(), e.campaignId())
                .append("understaffedAt", date(e.detectedAt())).append("openSpots", e.openSpots())
                .append("understaffedSignedUp", e.signedUpCount()));
    }

    public void trainingCompleted(TrainingCompleted e) {
        facts.upsert(Facts.TRAININGS, e.trainingId() + "#" + e.volunteerId(), new Document("trainingId", e.trainingId())
                .append("campaignId", e.campaignId()).append("volunteerId", e.volunteerId())
                .append("supporterId", e.supporterId()).append("sessionsAttended", e.sessionsAttended())
                .append("completedAt", date(e.completedAt())));
    }

    private void signup(String signupId, String shiftId, String campaignId, String volunteerId, String supporterId,
            Document set) {
        set.append("shiftId", shiftId).append("campaignId", campaignId).append("volunteerId", volunteerId);
        if (supporterId != null) {
            set.append("supporterId", supporterId);
        }
        facts.upsert(Facts.SIGNUPS, signupId, set);
    }

    private void openSpots(String shiftId, String campaignId, int openSpots) {
        facts.upsert(Facts.ITEMS, Facts.itemKey(Facts.SHIFT, shiftId), item(shiftId, campaignId).append("openSpots", openSpots));
    }

    private static Document item(String shiftId, String campaignId) {
        return new Document("kind", Facts.SHIFT).append("itemId", shiftId).append("campaignId", campaignId);
    }
}
