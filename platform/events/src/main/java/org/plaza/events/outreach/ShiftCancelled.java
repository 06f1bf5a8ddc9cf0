package org.plaza.events.outreach;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A volunteer's sign-up (scope SIGN_UP) or a whole shift (scope SHIFT) was cancelled; pending
 * reminders for it are void.
 *
 * @param shiftId The shift.
 * @param campaignId The campaign this item belongs to.
 * @param scope What was cancelled.
 * @param signupId The cancelled sign-up; null when the whole shift was cancelled.
 * @param volunteerId The volunteer whose sign-up was cancelled; null for the whole shift.
 * @param supporterId That volunteer's pseudonym; null for the whole shift.
 * @param cancelledBy Who cancelled.
 * @param staffId The organizer who cancelled; null when the volunteer did.
 * @param openSpots Free places on the shift after this change (0 for a cancelled shift).
 * @param cancelledAt When it was cancelled.
 */
@EventType("plaza.outreach.shift-cancelled.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShiftCancelled(
        String shiftId,
        String campaignId,
        Scope scope,
        String signupId,
        String volunteerId,
        String supporterId,
        CancelledBy cancelledBy,
        String staffId,
        int openSpots,
        Instant cancelledAt) implements PlazaEvent {

    /** What a cancellation covers. */
    public enum Scope {
        SIGN_UP, SHIFT
    }

    /** Who cancelled. */
    public enum CancelledBy {
        VOLUNTEER, ORGANIZER
    }

    @Override
    public String subject() {
        return shiftId;
    }

}
