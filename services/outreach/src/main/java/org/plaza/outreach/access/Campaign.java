package org.plaza.outreach.access;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's copy of a campaign: its team of organizers (replaced whole by each team event) and its
 * public titles. Each part remembers when it last changed, so an older event never replaces a newer value.
 */
@Document("campaigns")
public record Campaign(
        @Id String campaignId,
        String titleEs,
        String titleEn,
        List<String> organizerStaffIds,
        Instant teamChangedAt,
        Instant detailsChangedAt) {

    public String title(Locale locale) {
        String title = "en".equals(locale.getLanguage()) ? titleEn : titleEs;
        return title == null ? campaignId : title;
    }

    boolean onTeam(String staffId) {
        return organizerStaffIds != null && organizerStaffIds.contains(staffId);
    }
}
