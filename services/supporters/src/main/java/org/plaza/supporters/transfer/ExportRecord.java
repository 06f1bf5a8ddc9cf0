package org.plaza.supporters.transfer;

import java.time.Instant;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.supporters.supporter.SupporterFilter;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One export of supporters, kept with the filter it used (so an audit can tell whose contact details left, not
 * only that some did) and announced as {@code StaffActionAudited(EXPORT, SUPPORTERS)} in the same write.
 */
@Document("exports")
class ExportRecord extends OutboxAggregate {

    @Id
    private String id;
    private String staffId;
    private SupporterFilter filter;
    private Instant at;

    private ExportRecord() {
    }

    static ExportRecord of(String id, String staffId, SupporterFilter filter, Instant at) {
        ExportRecord record = new ExportRecord();
        record.id = id;
        record.staffId = staffId;
        record.filter = filter;
        record.at = at;
        record.raise(new StaffActionAudited(staffId, "EXPORT", "SUPPORTERS", id, filter.campaignId(), "supporters", at));
        return record;
    }
}
