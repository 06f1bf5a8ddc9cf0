package org.plaza.identity.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One audited staff action: who, what, which item, where and when. Its id is the event's id. */
@Document("audit_trail")
public record AuditEntry(
        @Id String id,
        @Indexed String staffId,
        String action,
        String itemType,
        @Indexed String itemId,
        @Indexed String campaignId,
        String service,
        @Indexed Instant at) {
}
