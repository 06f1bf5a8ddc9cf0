package org.plaza.starter.find;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.bson.Document;
import org.plaza.starter.access.CampaignTeamProjection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What each campaign is about, its issue area and communities, as the service's {@link CampaignTeamProjection}
 * keeps them: how a list of items that carry only their campaign (a drive, a shift) is filtered by issue area or by
 * the campaign's communities.
 */
public class CampaignTopics {

    private final MongoTemplate mongo;

    public CampaignTopics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The ids of the campaigns of {@code issueArea} (when not null) that concern {@code community} (when not null);
     * every campaign the service knows when both are null.
     */
    public List<String> campaignIds(String issueArea, String community) {
        Criteria criteria = new Criteria();
        if (issueArea != null) {
            criteria = criteria.and("issueArea").is(issueArea);
        }
        if (community != null) {
            criteria = criteria.and("communities").is(community);
        }
        Query query = Query.query(criteria);
        query.fields().include("_id");
        return mongo.find(query, Document.class, CampaignTeamProjection.COLLECTION).stream()
                .map(document -> document.getString("_id")).toList();
    }

    /**
     * The condition on an item's {@code campaignField} for {@code issueArea} and {@code community} (either may be
     * null); no condition when both are null.
     */
    public Criteria itemsOf(String campaignField, String issueArea, String community) {
        if (issueArea == null && community == null) {
            return new Criteria();
        }
        return where(campaignField).in(campaignIds(issueArea, community));
    }
}
