package org.plaza.events.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A launched campaign's public details changed; the event carries all of them, so consumers
 * overwrite their copy.
 *
 * @param campaignId The campaign.
 * @param titleEs Public title in Spanish.
 * @param titleEn Public title in English.
 * @param issueArea Issue area code.
 * @param communities Codes of the communities the campaign concerns.
 * @param startsOn First day of the campaign.
 * @param endsOn Last day of the campaign, if it has one.
 * @param staffId The organizer who changed it.
 * @param updatedAt When it changed.
 */
@EventType("plaza.campaigns.campaign-updated.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignUpdated(
        String campaignId,
        String titleEs,
        String titleEn,
        String issueArea,
        List<String> communities,
        LocalDate startsOn,
        LocalDate endsOn,
        String staffId,
        Instant updatedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return campaignId;
    }

}
