package org.plaza.events.notifications;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A notification request could not be delivered after every retry; the requesting service may react
 * (no contact data).
 *
 * @param requestId The failed request's id.
 * @param requestingService The service that asked for it.
 * @param templateKey The message it was.
 * @param channel EMAIL or SMS.
 * @param attempts Delivery attempts made.
 * @param reasonCode RECIPIENT_REJECTED, MAILBOX_UNAVAILABLE, SERVER_UNREACHABLE,
 *        ATTACHMENT_UNAVAILABLE, TEMPLATE_ERROR.
 * @param failedAt When it was given up.
 */
@EventType("plaza.notifications.notification-failed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationFailed(
        String requestId,
        String requestingService,
        String templateKey,
        String channel,
        int attempts,
        String reasonCode,
        Instant failedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return requestId;
    }

}
