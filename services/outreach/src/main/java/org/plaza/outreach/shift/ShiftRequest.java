package org.plaza.outreach.shift;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An organizer's request to schedule a shift. Times are wall-clock times in the service's time zone
 * (America/Los_Angeles), as organizers think of them: {@code "2026-03-14T09:00"}.
 *
 * @param campaignId         the campaign it belongs to (the organizer must be on its team)
 * @param activity           CANVASS, PHONE_BANK, TEXT_BANK, COMMUNITY_MEETING, FESTIVAL_BOOTH or TRAINING_SESSION
 *                           (a training session on its own is a training of one session)
 * @param titleEs            public title in Spanish
 * @param titleEn            public title in English
 * @param descriptionEs      what volunteers will do, in Spanish (optional)
 * @param descriptionEn      the same in English (optional)
 * @param community          community code
 * @param address            where to meet (for a phone bank, the office or "online")
 * @param startsAt           local start
 * @param endsAt             local end
 * @param capacity           places (at least 1)
 * @param minimumVolunteers  fewer than this 48 h before the start raises ShiftUnderstaffed (0 never does)
 * @param languagesNeeded    languages volunteers must speak (es, en); a volunteer speaking one of them matches
 * @param roles              role codes volunteers choose from (CANVASSER, TEAM_LEAD, INTERPRETER…), if any
 * @param requiredTrainingId a training volunteers must have completed, if any
 * @param leadStaffId        the organizer who leads it on site; the scheduling organizer when absent
 */
public record ShiftRequest(
        String campaignId,
        String activity,
        String titleEs,
        String titleEn,
        String descriptionEs,
        String descriptionEn,
        String community,
        String address,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        Integer capacity,
        Integer minimumVolunteers,
        List<String> languagesNeeded,
        List<String> roles,
        String requiredTrainingId,
        String leadStaffId) {
}
