package org.plaza.events.notifications;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A recipient used an unsubscribe link (the page's button or a mail program's one-click POST) or texted a stop word:
 * notifications stops sending them those categories on that channel, and the supporters service withdraws the same
 * consent (no contact data).
 *
 * @param unsubscribeId Idempotency key of this unsubscribe.
 * @param supporterId The recipient's pseudonym (the keyed hash of their canonical email, or of their mobile number for
 *        a person known only by it).
 * @param channel EMAIL or SMS.
 * @param categories The categories they left, {@code NotificationCategory} names (CAMPAIGN_UPDATES, REMINDERS,
 *        INVITATIONS).
 * @param viaRequestId The request whose message carried the link used, when the link names it; for reports only.
 * @param unsubscribedAt When they unsubscribed.
 * @param source How they unsubscribed: {@value #UNSUBSCRIBE_LINK} (null means it too) or {@value #SMS_KEYWORD} (they
 *        texted STOP, ALTO, BAJA, CANCELAR or another stop word).
 */
@EventType("plaza.notifications.recipient-unsubscribed.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecipientUnsubscribed(
        String unsubscribeId,
        String supporterId,
        String channel,
        List<String> categories,
        String viaRequestId,
        Instant unsubscribedAt,
        String source) implements PlazaEvent {

    /** The source of an unsubscribe through a link in an email. */
    public static final String UNSUBSCRIBE_LINK = "UNSUBSCRIBE_LINK";

    /** The source of an unsubscribe by a stop word texted back. */
    public static final String SMS_KEYWORD = "SMS_KEYWORD";

    /** An unsubscribe through a link, as before {@code source} existed. */
    public RecipientUnsubscribed(String unsubscribeId, String supporterId, String channel, List<String> categories,
            String viaRequestId, Instant unsubscribedAt) {
        this(unsubscribeId, supporterId, channel, categories, viaRequestId, unsubscribedAt, null);
    }

    @Override
    public String subject() {
        return supporterId;
    }

}
