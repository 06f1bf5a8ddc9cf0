package org.plaza.campaigns.campaign;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The campaign hub's settings ({@code plaza.campaigns.*}).
 *
 * @param communities The communities campaigns may concern, in the order forms and filters list them.
 * @param timeZone The zone residents read times in when an item does not name one.
 * @param pageMaxAge How long a browser may reuse a resident page before asking again (it revalidates with the ETag).
 * @param homePageSize Campaigns per home page.
 * @param shiftsShown Upcoming shifts a campaign page lists at most.
 * @param pageCacheTime How long a resident page's content (counts included) is reused between views.
 */
@ConfigurationProperties("plaza.campaigns")
public record CampaignSettings(
        @DefaultValue List<Community> communities,
        @DefaultValue("America/Los_Angeles") ZoneId timeZone,
        @DefaultValue("10s") Duration pageMaxAge,
        @DefaultValue("20") int homePageSize,
        @DefaultValue("12") int shiftsShown,
        @DefaultValue("2s") Duration pageCacheTime) {

    /** A community: its code (UPPER_SNAKE, as events carry it) and its name (a place name, the same in both languages). */
    public record Community(String code, String name) {
    }

    public Optional<Community> community(String code) {
        return communities.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The community's name, or its code if it is no longer configured. */
    public String communityName(String code) {
        return community(code).map(Community::name).orElse(code);
    }
}
