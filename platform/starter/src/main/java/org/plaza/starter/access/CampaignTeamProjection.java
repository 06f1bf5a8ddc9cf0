package org.plaza.starter.access;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A service's copy of every campaign's team, kept from {@code plaza.campaigns} in the collection
 * {@value #COLLECTION}. The service adds it to its one consumer of that topic:
 *
 * <pre>{@code
 * handlers.consumer("comments-campaign-teams").with(teams).build()
 * }</pre>
 *
 * <p>The {@link Freshness} policy: {@code CampaignLaunched} and {@code CampaignTeamChanged} carry the whole team
 * and the time it was set; a team replaces the kept one only if its time is not before the kept one's, in one
 * conditional upsert, so an older event that arrives late, a redelivery and a replay of the topic change nothing.
 * {@code CampaignClosed} sets the closing time once; nothing reopens a campaign. What a campaign is about, its issue
 * area and communities ({@code issueArea}, {@code communities}, from {@code CampaignLaunched} and
 * {@code CampaignUpdated}, fresh by {@code topicsAt}), is kept beside the team for resident lists' filters
 * ({@link org.plaza.starter.find.CampaignTopics}).
 */
public class CampaignTeamProjection implements CampaignTeams, EventHandlers.Routes {

    /** The collection of the teams, one document per campaign keyed on its id. */
    public static final String COLLECTION = "campaign_teams";

    private final MongoTemplate mongo;

    public CampaignTeamProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void addTo(EventHandlers.Builder consumer) {
        consumer.on(CampaignLaunched.class, this::launched)
                .on(CampaignTeamChanged.class, this::teamChanged)
                .on(CampaignUpdated.class, this::updated)
                .on(CampaignClosed.class, this::closed);
    }

    public void launched(CampaignLaunched event) {
        replaceTeam(event.campaignId(), event.organizerStaffIds(), event.launchedAt());
        replaceTopics(event.campaignId(), event.issueArea(), event.communities(), event.launchedAt());
    }

    public void updated(CampaignUpdated event) {
        replaceTopics(event.campaignId(), event.issueArea(), event.communities(), event.updatedAt());
    }

    public void teamChanged(CampaignTeamChanged event) {
        replaceTeam(event.campaignId(), event.organizerStaffIds(), event.changedAt());
    }

    public void closed(CampaignClosed event) {
        Freshness.applyOnce(mongo, COLLECTION, event.campaignId(), "closedAt", event.closedAt(),
                new Update().setOnInsert("organizerStaffIds", List.of()));
    }

    private void replaceTeam(String campaignId, List<String> organizers, Instant at) {
        Freshness.applyUnlessNewer(mongo, COLLECTION, campaignId, "changedAt", at,
                new Update().set("organizerStaffIds", organizers == null ? List.of() : List.copyOf(organizers)));
    }

    private void replaceTopics(String campaignId, String issueArea, List<String> communities, Instant at) {
        Freshness.applyUnlessNewer(mongo, COLLECTION, campaignId, "topicsAt", at,
                new Update().set("issueArea", issueArea)
                        .set("communities", communities == null ? List.of() : List.copyOf(communities))
                        .setOnInsert("organizerStaffIds", List.of()));
    }

    @Override
    public Optional<CampaignTeam> find(String campaignId) {
        if (campaignId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(where("_id").is(campaignId)), Document.class, COLLECTION))
                .map(CampaignTeamProjection::team);
    }

    @Override
    public List<CampaignTeam> teamsOf(String staffId) {
        return read(Query.query(where("organizerStaffIds").is(staffId)));
    }

    @Override
    public List<CampaignTeam> all() {
        return read(Query.query(new Criteria()));
    }

    private List<CampaignTeam> read(Query query) {
        return mongo.find(query, Document.class, COLLECTION).stream().map(CampaignTeamProjection::team)
                .sorted(Comparator.comparing(CampaignTeam::campaignId)).toList();
    }

    private static CampaignTeam team(Document document) {
        Instant changedAt = instant(document.get("changedAt"));
        Instant closedAt = instant(document.get("closedAt"));
        if (closedAt == null && Boolean.TRUE.equals(document.get("closed"))) {
            closedAt = changedAt == null ? Instant.EPOCH : changedAt; // written by petitions before this projection
        }
        return new CampaignTeam(document.getString("_id"), document.getList("organizerStaffIds", String.class),
                changedAt, closedAt);
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }

}
