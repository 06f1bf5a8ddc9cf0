package org.plaza.petitions.staff;

import java.time.Clock;

import org.plaza.starter.id.Ids;
import org.plaza.starter.security.StaffMember;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Records staff actions that have no aggregate of their own to announce them. */
@Component
public class StaffAudit {

    private final MongoTemplate mongo;
    private final Clock clock;

    StaffAudit(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void record(StaffMember staff, String action, String itemType, String itemId, String campaignId) {
        mongo.insert(AuditEntry.of(Ids.random("aud"), staff.id(), action, itemType, itemId, campaignId, clock.instant()));
    }
}
