package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A volunteer asked for a full shift and was put on its waitlist.
 *
 * @param signupId The volunteer's sign-up for the shift.
 * @param shiftId The shift.
 * @param campaignId The campaign this item belongs to.
 * @param volunteerId The volunteer.
 * @param supporterId The resident's pseudonym: a keyed hash of their canonical email, the same in
 *        every service.
 * @param waitlistPosition Their place in line, 1 first.
 * @param waitlistedAt When they were waitlisted.
 */
@EventType("plaza.outreach.shift-waitlisted.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShiftWaitlisted(
        String signupId,
        String shiftId,
        String campaignId,
        String volunteerId,
        String supporterId,
        int waitlistPosition,
        Instant waitlistedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return shiftId;
    }

}
