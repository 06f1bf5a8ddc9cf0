package org.plaza.events.identity;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A staff member did something that is audited (create, publish, close, moderate, export,
 * invalidate, role change); identity keeps the trail.
 *
 * @param staffId Who did it.
 * @param action What they did: CREATE, UPDATE, PUBLISH, CLOSE, MODERATE, EXPORT, INVALIDATE,
 *        RESTORE, DELIVER, ROLE_CHANGE, ...
 * @param itemType The kind of item: CAMPAIGN, PETITION, SIGNATURES, COMMENT_DRIVE, COMMENT, SHIFT,
 *        VOLUNTEER_HOURS, STAFF_ACCOUNT, ...
 * @param itemId The item.
 * @param campaignId The item's campaign, when it has one.
 * @param service The service where it happened.
 * @param at When it happened.
 */
@EventType("plaza.identity.staff-action-audited.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffActionAudited(
        String staffId,
        String action,
        String itemType,
        String itemId,
        String campaignId,
        String service,
        Instant at) implements PlazaEvent {

    @Override
    public String subject() {
        return itemId;
    }

}
