package org.plaza.events.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer launched a campaign: residents can now see it, and its organizers may manage its
 * petitions, drives and shifts.
 *
 * @param campaignId The campaign.
 * @param titleEs Public title in Spanish.
 * @param titleEn Public title in English.
 * @param issueArea Issue area code from the platform vocabulary ({@code plaza.vocabulary.issue-areas}).
 * @param communities Codes of the communities the campaign concerns.
 * @param startsOn First day of the campaign.
 * @param endsOn Last day of the campaign, if it has one.
 * @param organizerStaffIds The campaign's team: staff ids of its organizers.
 * @param staffId The organizer who launched it.
 * @param launchedAt When it was launched.
 */
@EventType("plaza.campaigns.campaign-launched.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CampaignLaunched(
        String campaignId,
        String titleEs,
        String titleEn,
        String issueArea,
        List<String> communities,
        LocalDate startsOn,
        LocalDate endsOn,
        List<String> organizerStaffIds,
        String staffId,
        Instant launchedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return campaignId;
    }

}
