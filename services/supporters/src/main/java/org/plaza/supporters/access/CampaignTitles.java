package org.plaza.supporters.access;

import java.time.Instant;

import org.bson.Document;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.access.Freshness;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The campaigns' titles in both languages ({@code campaign_titles}), kept from {@code CampaignLaunched} and
 * {@code CampaignUpdated} by the starter's freshness rule, so organizers read "Agua limpia" where an id would do.
 * Pages call it as {@code @campaignTitles.title(id)}; a campaign not heard of yet shows its id.
 */
@Service("campaignTitles")
public class CampaignTitles {

    static final String COLLECTION = "campaign_titles";

    private final MongoTemplate mongo;

    CampaignTitles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void launched(CampaignLaunched event) {
        keep(event.campaignId(), event.titleEs(), event.titleEn(), event.launchedAt());
    }

    public void updated(CampaignUpdated event) {
        keep(event.campaignId(), event.titleEs(), event.titleEn(), event.updatedAt());
    }

    private void keep(String campaignId, String es, String en, Instant at) {
        if (campaignId != null) {
            Freshness.applyUnlessNewer(mongo, COLLECTION, campaignId, "titledAt", at, new Update().set("es", es).set("en", en));
        }
    }

    /** The title in the request's language (the other one if missing), or the id. */
    public String title(String campaignId) {
        if (campaignId == null) {
            return "";
        }
        Document titles = mongo.findById(campaignId, Document.class, COLLECTION);
        if (titles == null) {
            return campaignId;
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        String wanted = titles.getString(english ? "en" : "es");
        String other = titles.getString(english ? "es" : "en");
        return wanted != null && !wanted.isBlank() ? wanted : other != null && !other.isBlank() ? other : campaignId;
    }
}
