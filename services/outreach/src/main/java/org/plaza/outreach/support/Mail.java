package org.plaza.outreach.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.notifications.NotificationRequested.Attachment;

/**
 * Builds this service's requests to the notifications service. The request id is always derived from
 * the item and the message (never random), so the same message requested twice is one message.
 */
public final class Mail {

    public static final String SERVICE = "outreach";

    private Mail() {
    }

    /** Category names as the notifications service knows them. */
    public enum Category {
        TRANSACTIONAL, REMINDERS, INVITATIONS
    }

    /**
     * One message.
     *
     * @param requestId  the deterministic id, for example {@code outreach:sgn_…:reminder-24h}
     * @param relatedIds the items it is about; cancelling one of them voids it while it waits for {@code sendAt}
     * @param sendAt     no earlier than this; null sends now
     */
    public static NotificationRequested request(String requestId, Category category, String templateKey, String locale,
            String email, String displayName, Map<String, String> parameters, String campaignId, String supporterId,
            List<String> relatedIds, Instant sendAt, Attachment attachment, Instant at) {
        return new NotificationRequested(requestId, SERVICE, category.name(), templateKey, locale, email, displayName,
                Map.copyOf(parameters), campaignId, supporterId, List.copyOf(relatedIds), sendAt, attachment, at);
    }
}
