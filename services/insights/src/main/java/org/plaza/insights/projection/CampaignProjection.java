package org.plaza.insights.projection;

import static org.plaza.insights.projection.FactWriter.date;
import static org.plaza.insights.projection.FactWriter.day;

import org.bson.Document;
import org.plaza.events.campaigns.CampaignClosed;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignUpdated;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Campaigns as the hub announces them: titles, communities and status. The teams, which decide which campaigns an
 * organizer sees, are the starter's projection, fed by the same consumer. All events of a campaign share its key,
 * so they arrive in order and each one simply sets what it carries.
 */
@Component
public class CampaignProjection {

    private final FactWriter facts;

    CampaignProjection(MongoTemplate mongo) {
        this.facts = new FactWriter(mongo);
    }

    public void launched(CampaignLaunched e) {
        facts.upsert(Facts.CAMPAIGNS, e.campaignId(), details(e.titleEs(), e.titleEn(), e.issueArea(), e.communities(),
                e.startsOn(), e.endsOn())
                .append("status", "ACTIVE")
                .append("launchedAt", date(e.launchedAt())));
    }

    public void updated(CampaignUpdated e) {
        facts.upsert(Facts.CAMPAIGNS, e.campaignId(), details(e.titleEs(), e.titleEn(), e.issueArea(), e.communities(),
                e.startsOn(), e.endsOn()));
    }

    public void closed(CampaignClosed e) {
        facts.upsert(Facts.CAMPAIGNS, e.campaignId(),
                new Document("status", "CLOSED").append("closedAt", date(e.closedAt())));
    }

    private static Document details(String titleEs, String titleEn, String issueArea, java.util.List<String> communities,
            java.time.LocalDate startsOn, java.time.LocalDate endsOn) {
        return new Document("titleEs", titleEs).append("titleEn", titleEn).append("issueArea", issueArea)
                .append("communities", communities).append("startsOn", day(startsOn)).append("endsOn", day(endsOn));
    }
}
