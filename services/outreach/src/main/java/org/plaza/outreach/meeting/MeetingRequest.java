package org.plaza.outreach.meeting;

import java.time.LocalDateTime;

/**
 * An organizer's request to schedule a meeting. Times are wall-clock times in the community's time zone
 * ({@code plaza.outreach.time-zone}), as organizers think of them: {@code "2026-03-14T18:00"}.
 *
 * @param campaignId    the campaign it belongs to (the organizer must be on its team)
 * @param titleEs       public title in Spanish
 * @param titleEn       public title in English
 * @param descriptionEs what it is about, in Spanish (optional)
 * @param descriptionEn the same in English (optional)
 * @param place         the venue's name, e.g. "Mecca Community Center"
 * @param address       its street address, from which the directions link is built
 * @param community     community code
 * @param startsAt      local start
 * @param endsAt        local end
 * @param capacity      places; null or absent for no limit
 */
public record MeetingRequest(
        String campaignId,
        String titleEs,
        String titleEn,
        String descriptionEs,
        String descriptionEn,
        String place,
        String address,
        String community,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Integer capacity) {
}
