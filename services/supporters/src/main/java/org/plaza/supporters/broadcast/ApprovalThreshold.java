package org.plaza.supporters.broadcast;

import java.time.Instant;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The size above which a broadcast needs a second staff member's approval, as an administrator set it in the product
 * (one document). Until an administrator sets it, {@code plaza.supporters.broadcasts.approval-threshold} applies.
 * Each change is audited ({@link StaffActionAudited}, item type {@value #ITEM_TYPE}) in the same write.
 */
@Document("broadcast_settings")
public class ApprovalThreshold extends OutboxAggregate {

    static final String ID = "approval-threshold";
    static final String ITEM_TYPE = "BROADCAST_SETTINGS";

    @Id
    private String id;
    private long recipients;
    private String changedBy;
    private Instant changedAt;

    ApprovalThreshold() {
    }

    static ApprovalThreshold first() {
        ApprovalThreshold threshold = new ApprovalThreshold();
        threshold.id = ID;
        return threshold;
    }

    /** An administrator's new value; the same value again changes (and audits) nothing. */
    void change(long newRecipients, String staffId, Instant now) {
        if (changedAt != null && recipients == newRecipients) {
            return;
        }
        recipients = newRecipients;
        changedBy = staffId;
        changedAt = now;
        raise(new StaffActionAudited(staffId, "UPDATE", ITEM_TYPE, ID, null, Broadcast.SERVICE, now));
    }

    public long recipients() {
        return recipients;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
