package org.plaza.starter.access;

import java.time.Instant;
import java.util.List;

/**
 * A campaign's team of organizers as this service knows it.
 *
 * @param campaignId        the campaign
 * @param organizerStaffIds the staff ids of its organizers (the whole team)
 * @param changedAt         the time of the event that set this team; an older event never replaces it
 * @param closedAt          when the campaign was closed, or {@code null} while it takes new items
 */
public record CampaignTeam(String campaignId, List<String> organizerStaffIds, Instant changedAt, Instant closedAt) {

    public CampaignTeam {
        organizerStaffIds = organizerStaffIds == null ? List.of() : List.copyOf(organizerStaffIds);
    }

    public boolean hasOrganizer(String staffId) {
        return staffId != null && organizerStaffIds.contains(staffId);
    }

    /** A closed campaign keeps its team (its organizers still finish its items) but takes no new items. */
    public boolean closed() {
        return closedAt != null;
    }
}
