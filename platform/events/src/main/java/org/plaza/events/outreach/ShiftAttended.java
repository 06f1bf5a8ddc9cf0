package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A volunteer was checked in at a shift and their time recorded; a correction repeats it with a
 * higher revision.
 *
 * @param signupId The volunteer's sign-up for the shift.
 * @param shiftId The shift.
 * @param campaignId The campaign this item belongs to.
 * @param volunteerId The volunteer.
 * @param supporterId The resident's pseudonym: a keyed hash of their canonical email, the same in
 *        every service.
 * @param checkIn How they were checked in.
 * @param minutesServed Minutes volunteered on this shift.
 * @param revision 1 at check-in; each correction raises it. Consumers keep the highest.
 * @param staffId The organizer who checked them in or corrected the time.
 * @param recordedAt When this revision was recorded.
 */
@EventType("plaza.outreach.shift-attended.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShiftAttended(
        String signupId,
        String shiftId,
        String campaignId,
        String volunteerId,
        String supporterId,
        CheckIn checkIn,
        int minutesServed,
        int revision,
        String staffId,
        Instant recordedAt) implements PlazaEvent {

    /** How a volunteer was checked in. */
    public enum CheckIn {
        ROSTER, CODE
    }

    @Override
    public String subject() {
        return shiftId;
    }

}
