package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A volunteer took a place on a shift.
 *
 * @param signupId The volunteer's sign-up for the shift.
 * @param shiftId The shift.
 * @param campaignId The campaign this item belongs to.
 * @param volunteerId The volunteer.
 * @param supporterId The resident's pseudonym: a keyed hash of their canonical email, the same in
 *        every service.
 * @param role The role they took (for example CANVASSER, TEAM_LEAD, INTERPRETER), if the shift has
 *        roles.
 * @param openSpots Free places on the shift after this change.
 * @param signedUpAt When they signed up.
 */
@EventType("plaza.outreach.shift-signed-up.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShiftSignedUp(
        String signupId,
        String shiftId,
        String campaignId,
        String volunteerId,
        String supporterId,
        String role,
        int openSpots,
        Instant signedUpAt) implements PlazaEvent {

    @Override
    public String subject() {
        return shiftId;
    }

}
