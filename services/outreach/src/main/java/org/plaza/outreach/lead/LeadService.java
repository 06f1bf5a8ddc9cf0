package org.plaza.outreach.lead;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plaza.events.comments.CommentSubmitted;
import org.plaza.events.outreach.VolunteerRegistered;
import org.plaza.events.petitions.SignatureVerified;
import org.plaza.outreach.volunteer.Volunteer;
import org.plaza.outreach.volunteer.Volunteers;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Leads from the petitions and comments services' events, and their conversion when the person registers
 * as a volunteer (in either order: the registration may arrive before the lead).
 */
@Service
public class LeadService {

    private final MongoTemplate mongo;
    private final Volunteers volunteers;
    private final MeterRegistry meters;

    LeadService(MongoTemplate mongo, Volunteers volunteers, MeterRegistry meters) {
        this.mongo = mongo;
        this.volunteers = volunteers;
        this.meters = meters;
    }

    public void signatureVerified(SignatureVerified event) {
        if (event.volunteerOptIn()) {
            record(event.campaignId(), event.supporterId(), event.community(), event.language(), "PETITION",
                    event.signatureId(), event.verifiedAt());
        }
    }

    public void commentSubmitted(CommentSubmitted event) {
        if (event.volunteerOptIn()) {
            record(event.campaignId(), event.supporterId(), event.community(), event.language(), "COMMENT",
                    event.commentId(), event.submittedAt());
        }
    }

    /** Marks every lead of the person as converted. */
    public void volunteerRegistered(VolunteerRegistered event) {
        mongo.updateMulti(Query.query(Criteria.where("supporterId").is(event.supporterId()).and("volunteerId").is(null)),
                new Update().set("volunteerId", event.volunteerId()).set("convertedAt", event.registeredAt()), Lead.class);
    }

    private void record(String campaignId, String supporterId, String community, String language, String source,
            String sourceId, Instant at) {
        if (campaignId == null || supporterId == null) {
            return;
        }
        Instant when = at == null ? Instant.EPOCH : at;
        Update update = new Update()
                .setOnInsert("campaignId", campaignId)
                .setOnInsert("supporterId", supporterId)
                .setOnInsert("community", community)
                .setOnInsert("language", language)
                .setOnInsert("firstSeenAt", when)
                .max("lastSeenAt", Date.from(when))
                .addToSet("sources", source)
                .addToSet("sourceIds", sourceId);
        Lead lead = mongo.findAndModify(Query.query(Criteria.where("_id").is(Lead.idOf(campaignId, supporterId))), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Lead.class);
        meters.counter("plaza.outreach.leads.recorded", "source", source).increment();
        if (lead != null && !lead.converted()) {
            volunteers.findBySupporterId(supporterId).ifPresent(volunteer -> convert(lead, volunteer));
        }
    }

    private void convert(Lead lead, Volunteer volunteer) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(lead.id()).and("volunteerId").is(null)),
                new Update().set("volunteerId", volunteer.id()).set("convertedAt", volunteer.registeredAt()), Lead.class);
    }

    /** A campaign's leads, newest first, optionally of one community. */
    public List<Lead> ofCampaign(String campaignId, String community) {
        Criteria criteria = Criteria.where("campaignId").is(campaignId);
        if (community != null && !community.isBlank()) {
            criteria = criteria.and("community").is(community);
        }
        return mongo.find(Query.query(criteria), Lead.class).stream()
                .sorted(Comparator.comparing(Lead::lastSeenAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Per community: how many leads, and how many of them have signed up. */
    public record CommunityCount(String community, long leads, long converted) {
    }

    public List<CommunityCount> countsByCommunity(List<Lead> leads) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        leads.stream().sorted(Comparator.comparing(l -> String.valueOf(l.community()))).forEach(lead -> {
            long[] count = counts.computeIfAbsent(String.valueOf(lead.community()), c -> new long[2]);
            count[0]++;
            if (lead.converted()) {
                count[1]++;
            }
        });
        return counts.entrySet().stream().map(e -> new CommunityCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
