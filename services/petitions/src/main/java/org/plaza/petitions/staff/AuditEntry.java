package org.plaza.petitions.staff;

import java.time.Instant;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A staff action that changes no aggregate of its own (an export), kept here and announced to identity
 * as StaffActionAudited in the same write.
 */
@Document("staff_audit")
class AuditEntry extends OutboxAggregate {

    @Id
    private String id;
    private String staffId;
    private String action;
    private String itemType;
    private String itemId;
    private String campaignId;
    private Instant at;

    private AuditEntry() {
    }

    static AuditEntry of(String id, String staffId, String action, String itemType, String itemId, String campaignId,
            Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.id = id;
        entry.staffId = staffId;
        entry.action = action;
        entry.itemType = itemType;
        entry.itemId = itemId;
        entry.campaignId = campaignId;
        entry.at = at;
        entry.raise(new StaffActionAudited(staffId, action, itemType, itemId, campaignId, "petitions", at));
        return entry;
    }
}
