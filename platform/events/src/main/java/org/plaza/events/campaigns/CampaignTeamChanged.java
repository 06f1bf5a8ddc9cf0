package org.plaza.events.campaigns;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A campaign's team of organizers changed; every service uses the full team it carries to decide
 * who may manage the campaign's items.
 *
 * @param campaignId The campaign.
 * @param organizerStaffIds The whole team after the change (consumers replace their copy).
 * @param addedStaffIds Organizers added by this change.
 * @param removedStaffIds Organizers removed by this change.
 * @param staffId The staff member who changed the team.
 * @param changedAt When the team changed.
 */
@EventType("plaza.campaigns.campaign-team-changed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignTeamChanged(
        String campaignId,
        List<String> organizerStaffIds,
        List<String> addedStaffIds,
        List<String> removedStaffIds,
        String staffId,
        Instant changedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return campaignId;
    }

}
