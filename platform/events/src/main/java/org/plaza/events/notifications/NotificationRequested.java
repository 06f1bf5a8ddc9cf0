package org.plaza.events.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A service asks the notifications service to send one message; the only contract with contact
 * details, on a short-retention topic.
 *
 * @param requestId Idempotency key: one message per request id, however often it is delivered.
 * @param requestingService The service asking.
 * @param category TRANSACTIONAL (always sent), CAMPAIGN_UPDATES, REMINDERS, INVITATIONS,
 *        PUBLIC_BODY_DELIVERY; unsubscribing works per category.
 * @param templateKey The template to render, {@code <service>.<message>}.
 * @param locale The recipient's language (ISO 639-1: es or en).
 * @param recipientEmail Where to send an email; null when the recipient has only a phone ({@code channel} SMS).
 * @param recipientDisplayName How to greet the recipient.
 * @param templateParameters Values the template fills in, already formatted for the locale.
 * @param campaignId The campaign it is about, for the footer and unsubscribe scope.
 * @param supporterId The recipient's pseudonym, when they are a resident.
 * @param relatedIds Ids of the items it is about (for example a shift and a sign-up); cancelling
 *        one of them voids a pending scheduled send.
 * @param sendAt Send no earlier than this; null sends now.
 * @param attachment A file to attach, fetched by the notifications service.
 * @param attachments Further files to attach after {@code attachment}, each fetched like it; null or empty
 *        for none. A consumer that predates this field still sends {@code attachment}, so put the main file there.
 * @param requestedAt When it was requested.
 * @param recipientPhone The recipient's mobile number in E.164 (for example +17605551234), where to send a text;
 *        null when none.
 * @param channel EMAIL or SMS; null means EMAIL (as every request before this field was).
 */
@EventType(value = "plaza.notifications.notification-requested.v1", topic = "plaza.notifications.requests")
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationRequested(
        String requestId,
        String requestingService,
        String category,
        String templateKey,
        String locale,
        String recipientEmail,
        String recipientDisplayName,
        Map<String, String> templateParameters,
        String campaignId,
        String supporterId,
        List<String> relatedIds,
        Instant sendAt,
        Attachment attachment,
        List<Attachment> attachments,
        Instant requestedAt,
        String recipientPhone,
        String channel) implements PlazaEvent {

    /** The channel of a request sent by email, also when {@code channel} is null. */
    public static final String EMAIL = "EMAIL";

    /** The channel of a request sent as a text message to {@code recipientPhone}. */
    public static final String SMS = "SMS";

    /** An email request with several attachments, as before {@code recipientPhone} and {@code channel} existed. */
    public NotificationRequested(String requestId, String requestingService, String category, String templateKey,
            String locale, String recipientEmail, String recipientDisplayName, Map<String, String> templateParameters,
            String campaignId, String supporterId, List<String> relatedIds, Instant sendAt, Attachment attachment,
            List<Attachment> attachments, Instant requestedAt) {
        this(requestId, requestingService, category, templateKey, locale, recipientEmail, recipientDisplayName,
                templateParameters, campaignId, supporterId, relatedIds, sendAt, attachment, attachments, requestedAt,
                null, null);
    }

    /** A request with at most one attachment, as before {@code attachments} existed. */
    public NotificationRequested(String requestId, String requestingService, String category, String templateKey,
            String locale, String recipientEmail, String recipientDisplayName, Map<String, String> templateParameters,
            String campaignId, String supporterId, List<String> relatedIds, Instant sendAt, Attachment attachment,
            Instant requestedAt) {
        this(requestId, requestingService, category, templateKey, locale, recipientEmail, recipientDisplayName,
                templateParameters, campaignId, supporterId, relatedIds, sendAt, attachment, null, requestedAt,
                null, null);
    }

    /**
     * A file to attach: where the notifications service fetches it, and how to present it.
     *
     * @param uri Where the notifications service fetches it: an http(s) URL served by the
     *        requesting service.
     * @param filename The file name the recipient sees.
     * @param mediaType Its media type, for example application/pdf.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attachment(String uri, String filename, String mediaType) {
    }

    @Override
    public String subject() {
        return requestId;
    }

}
