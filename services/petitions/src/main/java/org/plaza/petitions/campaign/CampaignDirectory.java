package org.plaza.petitions.campaign;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.access.CampaignAccess;
import org.plaza.starter.access.CampaignTeam;
import org.plaza.starter.access.CampaignTeams;
import org.plaza.starter.access.Freshness;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffMember;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * What petitions knows about campaigns: the team and whether a campaign is closed come from the starter's
 * projection ({@link CampaignTeams}); the titles, which only petitions needs, are kept here in
 * {@value #COLLECTION} under the same {@link Freshness} policy.
 */
@Service
public class CampaignDirectory {

    static final String COLLECTION = "campaigns";

    private final MongoTemplate mongo;
    private final CampaignTeams teams;
    private final CampaignAccess access;

    CampaignDirectory(MongoTemplate mongo, CampaignTeams teams, CampaignAccess access) {
        this.mongo = mongo;
        this.teams = teams;
        this.access = access;
    }

    /** A campaign this service has heard of (launched). */
    public Optional<Campaign> find(String campaignId) {
        return teams.find(campaignId).map(team -> campaign(team, titles(List.of(team.campaignId()))));
    }

    /** The open campaigns in which this staff member may create petitions, sorted by id. */
    public List<Campaign> openForNewPetitions(StaffMember staff) {
        List<CampaignTeam> managed = access.managedCampaigns(staff).stream().filter(team -> !team.closed()).toList();
        Map<String, Document> titles = titles(managed.stream().map(CampaignTeam::campaignId).toList());
        return managed.stream().map(team -> campaign(team, titles)).toList();
    }

    /** The campaign a new petition goes into: known to this service, managed by the staff member, and open. */
    public Campaign requireOpenForNewPetition(StaffMember staff, String campaignId) {
        Campaign campaign = find(campaignId)
                .orElseThrow(() -> PlazaProblem.notFound("campaign-not-found", "petitions.problem.campaign-not-found")
                        .withFieldError("campaignId", "petitions.problem.campaign-not-found.field"));
        access.requireManage(staff, campaignId);
        if (campaign.closed()) {
            throw PlazaProblem.conflict("campaign-closed", "petitions.problem.campaign-closed");
        }
        return campaign;
    }

    void launched(CampaignLaunched event) {
        titled(event.campaignId(), event.titleEs(), event.titleEn(), event.launchedAt());
    }

    void updated(CampaignUpdated event) {
        titled(event.campaignId(), event.titleEs(), event.titleEn(), event.updatedAt());
    }

    private void titled(String campaignId, String titleEs, String titleEn, Instant at) {
        Freshness.applyUnlessNewer(mongo, COLLECTION, campaignId, "titledAt", at,
                new Update().set("titleEs", titleEs).set("titleEn", titleEn));
    }

    private Map<String, Document> titles(List<String> campaignIds) {
        return mongo.find(Query.query(where("_id").in(campaignIds)), Document.class, COLLECTION).stream()
                .collect(Collectors.toMap(document -> document.getString("_id"), Function.identity()));
    }

    private static Campaign campaign(CampaignTeam team, Map<String, Document> titles) {
        Document title = titles.getOrDefault(team.campaignId(), new Document());
        return new Campaign(team.campaignId(), title.getString("titleEs"), title.getString("titleEn"), team.closed());
    }
}
