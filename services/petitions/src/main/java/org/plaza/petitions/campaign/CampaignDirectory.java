package org.plaza.petitions.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignTeamChanged;
import org.plaza.events.campaigns.CampaignUpdated;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps {@link CampaignTeam}s up to date from campaign events. Every change is an upsert of absolute
 * values keyed on the campaign, so replaying the topic gives the same result.
 */
@Service
public class CampaignDirectory {

    private final MongoTemplate mongo;
    private final CampaignTeams teams;

    CampaignDirectory(MongoTemplate mongo, CampaignTeams teams) {
        this.mongo = mongo;
        this.teams = teams;
    }

    public Optional<CampaignTeam> find(String campaignId) {
        return campaignId == null ? Optional.empty() : teams.findById(campaignId);
    }

    public List<CampaignTeam> teamsOf(String staffId) {
        return teams.findByOrganizerStaffIdsContaining(staffId);
    }

    void launched(CampaignLaunched event) {
        upsert(event.campaignId(), new Update().set("titleEs", event.titleEs()).set("titleEn", event.titleEn())
                .set("organizerStaffIds", nonNull(event.organizerStaffIds())).set("closed", false), event.launchedAt());
    }

    void updated(CampaignUpdated event) {
        upsert(event.campaignId(), new Update().set("titleEs", event.titleEs()).set("titleEn", event.titleEn()),
                event.updatedAt());
    }

    void teamChanged(CampaignTeamChanged event) {
        upsert(event.campaignId(), new Update().set("organizerStaffIds", nonNull(event.organizerStaffIds())),
                event.changedAt());
    }

    void closed(CampaignClosed event) {
        upsert(event.campaignId(), new Update().set("closed", true), event.closedAt());
    }

    private void upsert(String campaignId, Update update, Instant at) {
        if (!update.modifies("closed")) {
            update.setOnInsert("closed", false);
        }
        if (!update.modifies("organizerStaffIds")) {
            update.setOnInsert("organizerStaffIds", List.of());
        }
        update.set("changedAt", at);
        mongo.upsert(Query.query(Criteria.where("_id").is(campaignId)), update, CampaignTeam.class);
    }

    private static List<String> nonNull(List<String> ids) {
        return ids == null ? List.of() : ids;
    }
}
