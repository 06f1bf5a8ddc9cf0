package org.plaza.events.outreach;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * An organizer scheduled an outreach activity (canvass, phone bank, meeting, booth, training
 * session) that volunteers can take.
 *
 * @param shiftId The shift.
 * @param campaignId The campaign this item belongs to.
 * @param activity CANVASS, PHONE_BANK, TEXT_BANK, COMMUNITY_MEETING, FESTIVAL_BOOTH,
 *        TRAINING_SESSION.
 * @param titleEs Public title in Spanish.
 * @param titleEn Public title in English.
 * @param community Community code, UPPER_SNAKE, from the platform vocabulary
 *        ({@code plaza.vocabulary.communities}, or {@code OTHER} where a resident gives it).
 * @param startsAt When it starts.
 * @param endsAt When it ends.
 * @param timeZone The time zone residents read times in (IANA).
 * @param capacity Places on the shift.
 * @param minimumVolunteers Below this many 48 hours before the start, ShiftUnderstaffed is raised.
 * @param languagesNeeded Languages volunteers must speak (ISO 639-1).
 * @param requiredTrainingId A training volunteers must have completed, if any.
 * @param trainingId The training series this shift is a session of, if any.
 * @param staffId The organizer who scheduled it.
 * @param scheduledAt When it was scheduled.
 */
@EventType("plaza.outreach.shift-scheduled.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShiftScheduled(
        String shiftId,
        String campaignId,
        String activity,
        String titleEs,
        String titleEn,
        String community,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        int capacity,
        int minimumVolunteers,
        List<String> languagesNeeded,
        String requiredTrainingId,
        String trainingId,
        String staffId,
        Instant scheduledAt) implements PlazaEvent {

    @Override
    public String subject() {
        return shiftId;
    }

}
