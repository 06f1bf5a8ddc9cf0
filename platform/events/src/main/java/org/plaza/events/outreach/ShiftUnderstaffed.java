package org.plaza.events.outreach;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A shift is still under its minimum 48 hours before it starts; matching free volunteers are
 * invited.
 *
 * @param shiftId The shift.
 * @param campaignId The campaign this item belongs to.
 * @param community Community code, UPPER_SNAKE, from the platform vocabulary
 *        ({@code plaza.vocabulary.communities}, or {@code OTHER} where a resident gives it).
 * @param languagesNeeded Languages volunteers must speak (ISO 639-1).
 * @param startsAt When the shift starts.
 * @param minimumVolunteers The shift's minimum.
 * @param signedUpCount Volunteers signed up now.
 * @param openSpots Free places now.
 * @param detectedAt When it was detected.
 */
@EventType("plaza.outreach.shift-understaffed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShiftUnderstaffed(
        String shiftId,
        String campaignId,
        String community,
        List<String> languagesNeeded,
        Instant startsAt,
        int minimumVolunteers,
        int signedUpCount,
        int openSpots,
        Instant detectedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return shiftId;
    }

}
