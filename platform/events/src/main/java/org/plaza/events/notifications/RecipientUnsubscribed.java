package org.plaza.events.notifications;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A recipient used an unsubscribe link (the page's button or a mail program's one-click POST): notifications stops
 * sending them those categories, and the supporters service withdraws the same consent (no contact data).
 *
 * @param unsubscribeId Idempotency key of this unsubscribe.
 * @param supporterId The recipient's pseudonym (the keyed hash of their canonical email).
 * @param channel EMAIL (SMS later).
 * @param categories The categories they left, {@code NotificationCategory} names (CAMPAIGN_UPDATES, REMINDERS,
 *        INVITATIONS).
 * @param viaRequestId The request whose message carried the link used, when the link names it; for reports only.
 * @param unsubscribedAt When they unsubscribed.
 */
@EventType("plaza.notifications.recipient-unsubscribed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecipientUnsubscribed(
        String unsubscribeId,
        String supporterId,
        String channel,
        List<String> categories,
        String viaRequestId,
        Instant unsubscribedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return supporterId;
    }

}
