package org.plaza.campaigns.campaign;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The campaign hub's settings ({@code plaza.campaigns.*}).
 *
 * @param timeZone The zone residents read times in when an item does not name one.
 * @param pageMaxAge How long a browser may reuse a resident page before asking again (it revalidates with the ETag).
 * @param homePageSize Campaigns per home page.
 * @param shiftsShown Upcoming shifts a campaign page lists at most.
 * @param pageCacheTime How long a resident page's content (counts included) is reused between views.
 */
@ConfigurationProperties("plaza.campaigns")
public record CampaignSettings(
        @DefaultValue("America/Los_Angeles") ZoneId timeZone,
        @DefaultValue("10s") Duration pageMaxAge,
        @DefaultValue("20") int homePageSize,
        @DefaultValue("12") int shiftsShown,
        @DefaultValue("2s") Duration pageCacheTime) {
}
