package org.plaza.events.notifications;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A recipient who had unsubscribed pressed "subscribe again" on the unsubscribe page: notifications sends them those
 * categories again, and the supporters service restores the same consent (no contact data). The counterpart of
 * {@link RecipientUnsubscribed}; the later of the two decisions is in force.
 *
 * @param resubscribeId Idempotency key of this decision.
 * @param supporterId The recipient's pseudonym (the keyed hash of their canonical email).
 * @param channel EMAIL (SMS later).
 * @param categories The categories they asked for again, {@code NotificationCategory} names (CAMPAIGN_UPDATES,
 *        REMINDERS, INVITATIONS).
 * @param resubscribedAt When they subscribed again.
 */
@EventType("plaza.notifications.recipient-resubscribed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecipientResubscribed(
        String resubscribeId,
        String supporterId,
        String channel,
        List<String> categories,
        Instant resubscribedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return supporterId;
    }

}
