package org.plaza.notifications.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A delivery log entry as staff see it: everything about a notification except the contact details,
 * parameters and body, which are never shown. For a text, {@code segments} is what it took (what carriers bill) and
 * {@code textStatus} the provider's latest report (ACCEPTED, DELIVERED, UNDELIVERED); both null for an email.
 */
public record NotificationView(String requestId, String requestingService, String templateKey, String category,
        String requestedCategory, String channel, String locale, String campaignId, List<String> relatedIds,
        Instant sendAt, Instant requestedAt, Instant receivedAt, String state, Instant dueAt, int attempts,
        String reasonCode, String messageId, Instant completedAt, boolean contactDetailsKept, Instant contactPurgedAt,
        List<AttemptView> history, Integer segments, String textStatus) {

    /** One attempt: when, how it ended, why. */
    public record AttemptView(Instant at, String outcome, String reasonCode) {
    }

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.requestingService(), notification.templateKey(),
                notification.category(), notification.requestedCategory(), notification.channel(),
                notification.locale(), notification.campaignId(), notification.relatedIds(), notification.sendAt(),
                notification.requestedAt(), notification.receivedAt(), notification.state().name(),
                notification.state().isFinal() ? null : notification.dueAt(), notification.attempts(),
                notification.reasonCode(), notification.messageId(), notification.completedAt(),
                notification.contact() != null, notification.purgedAt(),
                notification.history().stream().map(a -> new AttemptView(a.at(), a.outcome(), a.reasonCode())).toList(),
                notification.segments(), notification.textStatus());
    }
}
