package org.plaza.insights.projection;

import static org.plaza.insights.projection.FactWriter.date;

import org.bson.Document;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.starter.messaging.ReceivedEvent;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Notification failures (keyed by request) and audited staff actions (keyed by event id), for health and activity. */
@Component
public class PlatformProjection {

    private final FactWriter facts;

    PlatformProjection(MongoTemplate mongo) {
        this.facts = new FactWriter(mongo);
    }

    public void notificationFailed(NotificationFailed e) {
        facts.upsert(Facts.NOTIFICATION_FAILURES, e.requestId(), new Document("requestingService", e.requestingService())
                .append("templateKey", e.templateKey()).append("channel", e.channel()).append("attempts", e.attempts())
                .append("reasonCode", e.reasonCode()).append("at", date(e.failedAt())));
    }

    public void staffActionAudited(ReceivedEvent<StaffActionAudited> received) {
        StaffActionAudited e = received.payload();
        facts.upsert(Facts.STAFF_ACTIONS, received.id(), new Document("action", e.action())
                .append("itemType", e.itemType()).append("itemId", e.itemId()).append("campaignId", e.campaignId())
                .append("service", e.service()).append("at", date(e.at())));
    }
}
