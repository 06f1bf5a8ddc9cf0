package org.plaza.starter.access;

import java.time.Instant;
import java.util.Locale;

import org.bson.Document;
import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.campaigns.CampaignUpdated;
import org.plaza.starter.messaging.EventHandlers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A service's copy of the campaigns' titles in both languages ({@value #COLLECTION}), kept from
 * {@code CampaignLaunched} and {@code CampaignUpdated} under the {@link Freshness} rule (an older event that arrives
 * late changes nothing), so organizers read "Agua limpia" where an id would do. The service adds it to its one
 * consumer of {@code plaza.campaigns} ({@code handlers.consumer(…).with(teams).with(titles)}); pages call it as
 * {@code @campaignTitles.title(id)}. A campaign not heard of yet shows its id.
 */
public class CampaignTitles implements EventHandlers.Routes {

    /** The collection of the titles, one document per campaign keyed on its id. */
    public static final String COLLECTION = "campaign_titles";

    private final MongoTemplate mongo;

    public CampaignTitles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void addTo(EventHandlers.Builder consumer) {
        consumer.on(CampaignLaunched.class, this::launched).on(CampaignUpdated.class, this::updated);
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
        return title(campaignId, LocaleContextHolder.getLocale());
    }

    /** The title in {@code locale}'s language (the other one if missing), or the id. */
    public String title(String campaignId, Locale locale) {
        if (campaignId == null) {
            return "";
        }
        Document titles = mongo.findById(campaignId, Document.class, COLLECTION);
        if (titles == null) {
            return campaignId;
        }
        boolean english = "en".equals(locale.getLanguage());
        String wanted = titles.getString(english ? "en" : "es");
        String other = titles.getString(english ? "es" : "en");
        return wanted != null && !wanted.isBlank() ? wanted : other != null && !other.isBlank() ? other : campaignId;
    }
}
