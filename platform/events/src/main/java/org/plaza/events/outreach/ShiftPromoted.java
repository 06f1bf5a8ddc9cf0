package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A place freed up and the first waitlisted volunteer got it.
 *
 * @param signupId The volunteer's sign-up for the shift.
 * @param shiftId The shift.
 * @param campaignId The campaign this item belongs to.
 * @param volunteerId The volunteer.
 * @param supporterId The resident's pseudonym: a keyed hash of their canonical email, the same in
 *        every service.
 * @param openSpots Free places on the shift after this change.
 * @param promotedAt When they were promoted.
 */
@EventType("plaza.outreach.shift-promoted.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShiftPromoted(
        String signupId,
        String shiftId,
        String campaignId,
        String volunteerId,
        String supporterId,
        int openSpots,
        Instant promotedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return shiftId;
    }

}
