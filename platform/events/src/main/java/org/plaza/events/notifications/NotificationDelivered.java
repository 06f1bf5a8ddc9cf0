package org.plaza.events.notifications;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A notification request was handed to the recipient's mail server (SMTP accepted it); the requesting service
 * may count it (no contact data). A request is delivered at most once, or fails once ({@link NotificationFailed}).
 *
 * @param requestId The delivered request's id.
 * @param requestingService The service that asked for it.
 * @param templateKey The message it was.
 * @param channel EMAIL (SMS later).
 * @param deliveredAt When the mail server accepted it.
 */
@EventType("plaza.notifications.notification-delivered.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationDelivered(
        String requestId,
        String requestingService,
        String templateKey,
        String channel,
        Instant deliveredAt) implements PlazaEvent {

    @Override
    public String subject() {
        return requestId;
    }

}
