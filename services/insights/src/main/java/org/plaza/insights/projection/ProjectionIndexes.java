package org.plaza.insights.projection;

import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes for the questions the dashboard asks (by campaign, by item, by time). Real MongoDB uses
 * them; the embedded mongo-java-server accepts and ignores non-unique indexes.
 */
@Component
class ProjectionIndexes {

    private final MongoTemplate mongo;

    ProjectionIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        for (String collection : Facts.ALL) {
            if (!Facts.CAMPAIGNS.equals(collection)) {
                index(collection, new Document("campaignId", 1));
            }
        }
        index(Facts.ITEMS, new Document("kind", 1).append("campaignId", 1));
        index(Facts.SIGNATURES, new Document("campaignId", 1).append("petitionId", 1).append("hour", 1));
        index(Facts.SIGNATURES, new Document("supporterId", 1));
        index(Facts.COMMENTS, new Document("campaignId", 1).append("driveId", 1).append("hour", 1));
        index(Facts.SIGNUPS, new Document("shiftId", 1));
        index(Facts.ATTENDANCE, new Document("shiftId", 1));
        index(Facts.NOTIFICATION_FAILURES, new Document("at", 1));
        index(Facts.SPIKES, new Document("detectedAt", 1));
        index(Facts.BROADCAST_OUTCOMES, new Document("broadcastId", 1));
    }

    private void index(String collection, Document keys) {
        mongo.getCollection(collection).createIndex(keys);
    }
}
