package org.plaza.comments.access;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** This service's copy of a campaign's team of organizers, replaced whole by each team event. */
@Document("campaign_teams")
record CampaignTeam(@Id String campaignId, List<String> organizerStaffIds, Instant changedAt) {
}
