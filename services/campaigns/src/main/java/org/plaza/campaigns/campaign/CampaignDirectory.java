package org.plaza.campaigns.campaign;

import java.util.EnumSet;
import java.util.Optional;

import org.plaza.starter.find.FindPage;
import org.plaza.starter.find.FindQuery;
import org.plaza.starter.find.SearchIndex;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What residents may see of campaigns: launched ones on the home page, closed ones in the archive, launched or
 * closed ones by address.
 */
@Service
public class CampaignDirectory {

    private final MongoTemplate mongo;
    private final Campaigns campaigns;

    CampaignDirectory(MongoTemplate mongo, Campaigns campaigns) {
        this.mongo = mongo;
        this.campaigns = campaigns;
    }

    /**
     * One page of launched campaigns, newest first, that match a resident's search (the words of their titles,
     * summaries and stories) and filters (community, issue area).
     */
    public FindPage<Campaign> launched(FindQuery find, int size, String path) {
        return found(CampaignStatus.LAUNCHED, "launchedAt", find, size, path);
    }

    /** One page of closed campaigns, the most recently closed first, that match a resident's search and filters. */
    public FindPage<Campaign> closed(FindQuery find, int size, String path) {
        return found(CampaignStatus.CLOSED, "closedAt", find, size, path);
    }

    private FindPage<Campaign> found(CampaignStatus status, String newestFirst, FindQuery find, int size, String path) {
        Criteria criteria = SearchIndex.allOf(where("status").is(status), SearchIndex.matching(find.words()),
                find.community() == null ? null : where("details.communities").is(find.community()),
                find.issueArea() == null ? null : where("details.issueArea").is(find.issueArea()));
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, newestFirst).and(Sort.by("_id")))
                .skip(find.skip(size)).limit(size + 1);
        return FindPage.of(mongo.find(query, Campaign.class), size, find, path);
    }

    public Optional<Campaign> visible(String slug) {
        return campaigns.findBySlugAndStatusIn(slug, EnumSet.of(CampaignStatus.LAUNCHED, CampaignStatus.CLOSED));
    }
}
