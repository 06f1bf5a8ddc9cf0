package org.plaza.events.notifications;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A notification request reached the recipient: an email was handed to the recipient's mail server (SMTP accepted
 * it), a text message was reported delivered by the SMS provider. The requesting service may count it (no contact
 * data). A request is delivered at most once, or fails once ({@link NotificationFailed}).
 *
 * @param requestId The delivered request's id.
 * @param requestingService The service that asked for it.
 * @param templateKey The message it was.
 * @param channel EMAIL or SMS.
 * @param deliveredAt When the mail server accepted it, or the provider reported the text delivered.
 * @param segments How many SMS segments the text took (what carriers bill); null for an email.
 * @param locale The language the message was sent in (ISO 639-1: es or en); null from producers before it was
 *        added. With the request id it lets a report split outcomes by language without contact data.
 */
@EventType("plaza.notifications.notification-delivered.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationDelivered(
        String requestId,
        String requestingService,
        String templateKey,
        String channel,
        Instant deliveredAt,
        Integer segments,
        String locale) implements PlazaEvent {

    /** A delivery without a segment count (an email) nor its language, as before {@code segments} existed. */
    public NotificationDelivered(String requestId, String requestingService, String templateKey, String channel,
            Instant deliveredAt) {
        this(requestId, requestingService, templateKey, channel, deliveredAt, null, null);
    }

    /** A delivery without its language, as before {@code locale} existed. */
    public NotificationDelivered(String requestId, String requestingService, String templateKey, String channel,
            Instant deliveredAt, Integer segments) {
        this(requestId, requestingService, templateKey, channel, deliveredAt, segments, null);
    }

    @Override
    public String subject() {
        return requestId;
    }

}
