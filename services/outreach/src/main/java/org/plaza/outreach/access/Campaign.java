package org.plaza.outreach.access;

import java.time.Instant;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's copy of a launched campaign's public titles; its team lives in the starter's projection. The
 * titles remember when they last changed, so an older event never replaces them ({@code Freshness}).
 */
@Document("campaigns")
public record Campaign(@Id String campaignId, String titleEs, String titleEn, Instant detailsChangedAt) {

    public String title(Locale locale) {
        String title = "en".equals(locale.getLanguage()) ? titleEn : titleEs;
        return title == null ? campaignId : title;
    }
}
