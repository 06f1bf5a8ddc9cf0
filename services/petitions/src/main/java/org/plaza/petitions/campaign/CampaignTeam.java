package org.plaza.petitions.campaign;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A campaign as far as petitions care: its team of organizers and whether it still takes new items.
 * Written only from campaign events, with absolute values, so a redelivered event changes nothing.
 */
@Document("campaign_teams")
public record CampaignTeam(@Id String campaignId, String titleEs, String titleEn, List<String> organizerStaffIds,
        boolean closed, Instant changedAt) {

    public CampaignTeam {
        organizerStaffIds = organizerStaffIds == null ? List.of() : List.copyOf(organizerStaffIds);
    }

    public boolean hasOrganizer(String staffId) {
        return organizerStaffIds.contains(staffId);
    }
}
