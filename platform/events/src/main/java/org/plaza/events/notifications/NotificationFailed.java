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
 * @param locale The language the message was to be sent in (ISO 639-1: es or en); null when the request was
 *        refused before its language was known, and from producers before it was added.
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
        Instant failedAt,
        String locale) implements PlazaEvent {

    /** A failure without its language, as before {@code locale} existed. */
    public NotificationFailed(String requestId, String requestingService, String templateKey, String channel,
            int attempts, String reasonCode, Instant failedAt) {
        this(requestId, requestingService, templateKey, channel, attempts, reasonCode, failedAt, null);
    }

    @Override
    public String subject() {
        return requestId;
    }

}
