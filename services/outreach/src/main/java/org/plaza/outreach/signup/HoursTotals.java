package org.plaza.outreach.signup;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;

import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Hours volunteered, added up from the sign-ups that were checked in (each holds its latest, corrected
 * minutes), per volunteer and per campaign. Computed on read: there is no counter to keep in step.
 */
@Component
public class HoursTotals {

    private final MongoTemplate mongo;

    HoursTotals(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One line of a total: who or what, the minutes and the shifts they come from. */
    public record Line(String id, long minutes, long shifts) {

        public double hours() {
            return Math.round(minutes / 6.0) / 10.0;
        }
    }

    /** A campaign's total and its volunteers' shares, the most hours first. */
    public record CampaignHours(String campaignId, long minutes, List<Line> volunteers) {

        public double hours() {
            return Math.round(minutes / 6.0) / 10.0;
        }
    }

    /** A volunteer's total and its campaigns' shares. */
    public record VolunteerHours(String volunteerId, long minutes, List<Line> campaigns) {

        public double hours() {
            return Math.round(minutes / 6.0) / 10.0;
        }
    }

    public CampaignHours ofCampaign(String campaignId) {
        List<Line> volunteers = lines(Criteria.where("campaignId").is(campaignId), "volunteerId");
        return new CampaignHours(campaignId, volunteers.stream().mapToLong(Line::minutes).sum(), volunteers);
    }

    public VolunteerHours ofVolunteer(String volunteerId) {
        List<Line> campaigns = lines(Criteria.where("volunteerId").is(volunteerId), "campaignId");
        return new VolunteerHours(volunteerId, campaigns.stream().mapToLong(Line::minutes).sum(), campaigns);
    }

    private List<Line> lines(Criteria scope, String by) {
        var aggregation = newAggregation(
                match(scope.and("presence").is(Signup.Presence.ATTENDED.name())),
                group(by).sum("minutesServed").as("minutes").count().as("shifts"),
                sort(Sort.by(Sort.Direction.DESC, "minutes")));
        return mongo.aggregate(aggregation, "signups", Document.class).getMappedResults().stream()
                .map(doc -> new Line(doc.getString("_id"), ((Number) doc.get("minutes")).longValue(),
                        ((Number) doc.get("shifts")).longValue()))
                .sorted(Comparator.comparingLong(Line::minutes).reversed().thenComparing(Line::id))
                .toList();
    }
}
