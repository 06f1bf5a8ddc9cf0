package org.plaza.events.campaigns;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A campaign was closed: it leaves the home page and takes no new items.
 *
 * @param campaignId The campaign.
 * @param staffId The organizer who closed it.
 * @param closedAt When it was closed.
 */
@EventType("plaza.campaigns.campaign-closed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignClosed(
        String campaignId,
        String staffId,
        Instant closedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return campaignId;
    }

}
