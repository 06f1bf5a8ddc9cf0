package org.plaza.insights.projection;

import static org.plaza.insights.projection.FactWriter.date;

import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.RecipientUnsubscribed;
import org.plaza.events.supporters.BroadcastQueued;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Organizers' broadcasts and what became of them. A broadcast is one fact keyed by its id ({@code BroadcastQueued}:
 * emails and texts queued per language, each text's segments); what notifications reports about each of its requests
 * is one fact keyed by the request id ({@code <broadcastId>:<supporterId>} for an email,
 * {@code <broadcastId>:<supporterId>:sms} for a text, the contract {@code BroadcastQueued} states): when it was
 * delivered, when it failed, when its recipient unsubscribed through its link, and the language and channel it went
 * in. The outcome of a request and its broadcast may arrive in any order (different topics and keys), and again:
 * every write sets the same fields to the same values, so the counts read from the facts never change on a
 * redelivery or a replay.
 * Test sends to staff ({@code <broadcastId>:test:…}) and every other service's requests are not broadcast requests.
 */
@Component
public class BroadcastProjection {

    private static final String CAMPAIGN_UPDATES = "CAMPAIGN_UPDATES";
    /** The last part of a text's request id. */
    private static final String TEXT = "sms";

    private final FactWriter facts;

    BroadcastProjection(MongoTemplate mongo) {
        this.facts = new FactWriter(mongo);
    }

    public void queued(BroadcastQueued e) {
        facts.upsert(Facts.BROADCASTS, e.broadcastId(), new Document("campaignId", e.campaignId())
                .append("channel", e.channel()).append("audience", e.audience()).append("queued", e.queued())
                .append("skipped", e.skipped()).append("queuedByLanguage", counts(e.queuedByLanguage()))
                .append("skippedByLanguage", counts(e.skippedByLanguage())).append("subjectEs", e.subjectEs())
                .append("subjectEn", e.subjectEn()).append("sendAt", date(e.sendAt()))
                .append("queuedAt", date(e.queuedAt()))
                .append("textsQueued", e.textsQueued() == null ? 0L : e.textsQueued())
                .append("textsQueuedByLanguage", counts(e.textsQueuedByLanguage()))
                .append("audienceByLanguage", e.audienceByLanguage() == null ? null : counts(e.audienceByLanguage()))
                .append("textSegmentsByLanguage", counts(e.textSegmentsByLanguage())));
    }

    public void delivered(NotificationDelivered e) {
        broadcastOf(e.requestId()).ifPresent(broadcastId -> facts.upsert(Facts.BROADCAST_OUTCOMES, e.requestId(),
                sent(broadcastId, e.channel(), e.locale()).append("deliveredAt", date(e.deliveredAt()))));
    }

    public void failed(NotificationFailed e) {
        broadcastOf(e.requestId()).ifPresent(broadcastId -> facts.upsert(Facts.BROADCAST_OUTCOMES, e.requestId(),
                sent(broadcastId, e.channel(), e.locale()).append("failedAt", date(e.failedAt()))
                        .append("reasonCode", e.reasonCode())));
    }

    /** Counted against the broadcast whose link was used, when the recipient left campaign updates (as supporters does). */
    public void unsubscribed(RecipientUnsubscribed e) {
        if (e.categories() == null || !e.categories().contains(CAMPAIGN_UPDATES)) {
            return;
        }
        broadcastOf(e.viaRequestId()).ifPresent(broadcastId -> facts.upsert(Facts.BROADCAST_OUTCOMES,
                e.viaRequestId(), new Document("broadcastId", broadcastId)
                        .append("channel", channelOf(e.viaRequestId()))
                        .append("unsubscribedAt", date(e.unsubscribedAt()))));
    }

    /**
     * The broadcast a request belongs to, if it is a broadcast recipient's email ({@code brd_…:sup_…}) or text
     * ({@code brd_…:sup_…:sms}). A test send ({@code brd_…:test:n:es}) is neither.
     */
    public static Optional<String> broadcastOf(String requestId) {
        if (requestId == null || !requestId.startsWith("brd_")) {
            return Optional.empty();
        }
        String[] parts = requestId.split(":", -1);
        boolean recipient = parts.length == 2 || (parts.length == 3 && TEXT.equals(parts[2]));
        return recipient && parts[1].startsWith("sup_") ? Optional.of(parts[0]) : Optional.empty();
    }

    /** The channel a broadcast request went by, as its id says. */
    static String channelOf(String requestId) {
        return requestId.endsWith(":" + TEXT) ? "SMS" : "EMAIL";
    }

    /** The fields every outcome of a request sets; the language only when the event names one. */
    private static Document sent(String broadcastId, String channel, String locale) {
        Document set = new Document("broadcastId", broadcastId).append("channel", channel);
        if (locale != null) {
            set.append("language", locale);
        }
        return set;
    }

    private static Document counts(Map<String, ? extends Number> counts) {
        Document doc = new Document();
        if (counts != null) {
            counts.forEach(doc::append);
        }
        return doc;
    }
}
