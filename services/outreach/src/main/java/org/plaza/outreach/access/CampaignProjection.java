package org.plaza.outreach.access;

import java.time.Instant;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.access.Freshness;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Keeps each launched campaign's titles from the campaigns service's events, under the starter's freshness policy. */
@Service
class CampaignProjection {

    private final MongoTemplate mongo;

    CampaignProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void launched(CampaignLaunched event) {
        titled(event.campaignId(), event.titleEs(), event.titleEn(), event.launchedAt());
    }

    void updated(CampaignUpdated event) {
        titled(event.campaignId(), event.titleEs(), event.titleEn(), event.updatedAt());
    }

    private void titled(String campaignId, String titleEs, String titleEn, Instant at) {
        Freshness.applyUnlessNewer(mongo, "campaigns", campaignId, "detailsChangedAt", at,
                new Update().set("titleEs", titleEs).set("titleEn", titleEn));
    }
}
