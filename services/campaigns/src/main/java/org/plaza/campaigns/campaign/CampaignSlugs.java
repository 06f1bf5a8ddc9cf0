package org.plaza.campaigns.campaign;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/**
 * Gives each launched campaign a readable, unique address ({@code /campaigns/agua-limpia-para-oasis}).
 * A slug is claimed by inserting it as a document id, so two launches can never share one, and claiming
 * again for the same campaign (a retried launch) returns the same slug.
 */
@Component
class CampaignSlugs {

    static final String COLLECTION = "campaign_slugs";
    private static final int MAX_LENGTH = 60;
    private static final int ATTEMPTS = 50;
    /** Addresses under {@code /campaigns/} that are pages of their own, never a campaign's. */
    static final Set<String> RESERVED = Set.of("archive");

    private final MongoTemplate mongo;

    CampaignSlugs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    String claim(String campaignId, String title) {
        String base = slugify(title);
        if (base.isEmpty()) {
            base = campaignId;
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            String candidate = attempt == 1 ? base : base + "-" + attempt;
            if (!RESERVED.contains(candidate) && claimed(candidate, campaignId)) {
                return candidate;
            }
        }
        String fallback = base + "-" + campaignId;
        if (claimed(fallback, campaignId)) {
            return fallback;
        }
        throw new IllegalStateException("No free slug for campaign " + campaignId);
    }

    private boolean claimed(String slug, String campaignId) {
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", slug).append("campaignId", campaignId));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            Document existing = mongo.getCollection(COLLECTION).find(new Document("_id", slug)).first();
            return existing != null && campaignId.equals(existing.getString("campaignId"));
        }
    }

    /** Lower-case ASCII words joined by hyphens: accents dropped, everything else a separator. */
    static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }
}
