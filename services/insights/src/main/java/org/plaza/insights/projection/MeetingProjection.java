package org.plaza.insights.projection;

import static org.plaza.insights.projection.FactWriter.date;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.plaza.events.outreach.MeetingAttended;
import org.plaza.events.outreach.MeetingCancelled;
import org.plaza.events.outreach.MeetingRescheduled;
import org.plaza.events.outreach.MeetingRsvpCancelled;
import org.plaza.events.outreach.MeetingRsvped;
import org.plaza.events.outreach.MeetingScheduled;
import org.plaza.events.outreach.MeetingWaitlisted;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;

/**
 * Community meetings: one fact per meeting ({@code insights_meetings}, by meeting id) with what it is, when and where,
 * and its counts. Meeting events carry counts, never who: each says how many are going and waiting after it, so the
 * fact keeps the counts of the latest event by its own time ({@code countsAt}), and an older event delivered again
 * after a newer one changes nothing. Check-ins only rise ({@code $max}); a move keeps the highest invite sequence;
 * a cancellation is final. Replaying every event gives the same fact.
 */
@Component
public class MeetingProjection {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String CANCELLED = "CANCELLED";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final FactWriter facts;

    MeetingProjection(MongoTemplate mongo) {
        this.facts = new FactWriter(mongo);
    }

    public void scheduled(MeetingScheduled e) {
        facts.upsert(Facts.MEETINGS, e.meetingId(), new Document("campaignId", e.campaignId())
                .append("titleEs", e.titleEs()).append("titleEn", e.titleEn()).append("capacity", e.capacity())
                .append("scheduledAt", date(e.scheduledAt())),
                new Document("community", e.community()).append("startsAt", date(e.startsAt()))
                        .append("endsAt", date(e.endsAt())).append("sequence", 0).append("status", SCHEDULED));
    }

    public void rsvped(MeetingRsvped e) {
        counts(e.meetingId(), e.campaignId(), e.going(), e.waitlisted(), e.rsvpedAt());
    }

    public void waitlisted(MeetingWaitlisted e) {
        counts(e.meetingId(), e.campaignId(), e.going(), e.waitlisted(), e.waitlistedAt());
    }

    public void rsvpCancelled(MeetingRsvpCancelled e) {
        counts(e.meetingId(), e.campaignId(), e.going(), e.waitlisted(), e.cancelledAt());
    }

    public void attended(MeetingAttended e) {
        facts.update(Facts.MEETINGS, Filters.eq("_id", e.meetingId()), new Document("$max",
                new Document("attended", e.attended())).append("$set", new Document("campaignId", e.campaignId())),
                true);
    }

    public void cancelled(MeetingCancelled e) {
        facts.upsert(Facts.MEETINGS, e.meetingId(), new Document("campaignId", e.campaignId()).append("status", CANCELLED)
                .append("cancelledAt", date(e.cancelledAt())));
        counts(e.meetingId(), e.campaignId(), e.going(), e.waitlisted(), e.cancelledAt());
    }

    public void rescheduled(MeetingRescheduled e) {
        Document moved = new Document("campaignId", e.campaignId()).append("community", e.community())
                .append("startsAt", date(e.startsAt())).append("endsAt", date(e.endsAt()))
                .append("sequence", e.sequence());
        if (facts.collection(Facts.MEETINGS).updateOne(Filters.and(Filters.eq("_id", e.meetingId()),
                Filters.or(Filters.exists("sequence", false), Filters.lt("sequence", e.sequence()))),
                new Document("$set", moved)).getMatchedCount() == 0) {
            facts.collection(Facts.MEETINGS).updateOne(Filters.eq("_id", e.meetingId()),
                    new Document("$setOnInsert", moved), UPSERT);
        }
    }

    /**
     * Sets the counts when this event is not older than the ones they came from; creates the fact with them when it
     * does not exist yet. An event from before waitlists counts nobody waiting.
     */
    private void counts(String meetingId, String campaignId, int going, Integer waitlisted, Instant at) {
        Date when = date(at);
        Document counts = new Document("campaignId", campaignId).append("going", going)
                .append("waitlisted", waitlisted == null ? 0 : waitlisted).append("countsAt", when);
        if (facts.collection(Facts.MEETINGS).updateOne(Filters.and(Filters.eq("_id", meetingId),
                Filters.or(Filters.exists("countsAt", false), Filters.lte("countsAt", when))),
                new Document("$set", counts)).getMatchedCount() == 0) {
            facts.collection(Facts.MEETINGS).updateOne(Filters.eq("_id", meetingId), new Document("$setOnInsert", counts),
                    UPSERT);
        }
    }
}
