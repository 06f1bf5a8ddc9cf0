package org.plaza.identity.audit;

import org.plaza.events.identity.StaffActionAudited;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * The audit projection. Recording is an upsert keyed on the event id, so a redelivered or replayed
 * event changes nothing; reading filters by staff member, service, campaign or item, newest first.
 */
@Component
public class AuditTrail {

    static final int PAGE_SIZE = 50;

    private final MongoTemplate mongo;

    AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void record(AuditEntry entry) {
        mongo.save(entry);
    }

    public Page<AuditEntry> search(AuditQuery query) {
        Criteria criteria = new Criteria();
        if (query.staffId() != null) {
            criteria = criteria.and("staffId").is(query.staffId());
        }
        if (query.service() != null) {
            criteria = criteria.and("service").is(query.service());
        }
        if (query.campaignId() != null) {
            criteria = criteria.and("campaignId").is(query.campaignId());
        }
        if (query.itemId() != null) {
            criteria = criteria.and("itemId").is(query.itemId());
        }
        PageRequest page = PageRequest.of(Math.max(query.page(), 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")));
        Criteria filter = criteria;
        Query find = new Query(filter).with(page);
        return PageableExecutionUtils.getPage(mongo.find(find, AuditEntry.class), page,
                () -> mongo.count(new Query(filter), AuditEntry.class));
    }

    /** Filters of the trail; null means any. */
    public record AuditQuery(String staffId, String service, String campaignId, String itemId, int page) {

        public AuditQuery {
            staffId = blankToNull(staffId);
            service = blankToNull(service);
            campaignId = blankToNull(campaignId);
            itemId = blankToNull(itemId);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    static AuditEntry entry(String eventId, StaffActionAudited event) {
        return new AuditEntry(eventId, event.staffId(), event.action(), event.itemType(), event.itemId(),
                event.campaignId(), event.service(), event.at());
    }
}
