package org.plaza.starter.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested.Attachment;
import org.plaza.events.notifications.NotificationRequested;

/**
 * Builds a {@link NotificationRequested} field by name instead of by position, with a typed
 * {@link NotificationCategory}. The event on the wire is the same record:
 *
 * <pre>{@code
 * NotificationRequest.builder()
 *         .requestId("ntf-comments-confirm-" + commentId + "-1").requestingService("comments")
 *         .category(NotificationCategory.TRANSACTIONAL).templateKey("comments.comment-confirmation")
 *         .locale("es").recipient(email, name).templateParameters(parameters)
 *         .campaignId(campaignId).supporterId(supporterId).relatedIds(List.of(driveId, commentId))
 *         .requestedAt(clock.instant()).build();
 * }</pre>
 *
 * Required: request id, requesting service, category, template key, locale, the recipient (an email with
 * {@link #recipient}, or a mobile number with {@link #textTo}) and the time of the request. Parameters keep their order; parameters and related ids are copied, so changing the map
 * or list afterwards changes nothing. {@code attachments} stays null unless set, as older consumers expect.
 */
public final class NotificationRequest {

    private String requestId;
    private String requestingService;
    private NotificationCategory category;
    private String templateKey;
    private String locale;
    private String recipientEmail;
    private String recipientDisplayName;
    private Map<String, String> templateParameters = Map.of();
    private String campaignId;
    private String supporterId;
    private List<String> relatedIds = List.of();
    private Instant sendAt;
    private Attachment attachment;
    private List<Attachment> attachments;
    private Instant requestedAt;
    private String recipientPhone;
    private String channel;

    private NotificationRequest() {
    }

    /** An empty request to fill in. */
    public static NotificationRequest builder() {
        return new NotificationRequest();
    }

    /** The idempotency key: derive it from the item and the message, never at random. */
    public NotificationRequest requestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    public NotificationRequest requestingService(String requestingService) {
        this.requestingService = requestingService;
        return this;
    }

    public NotificationRequest category(NotificationCategory category) {
        this.category = category;
        return this;
    }

    /** The template, {@code <service>.<message>}. */
    public NotificationRequest templateKey(String templateKey) {
        this.templateKey = templateKey;
        return this;
    }

    /** The recipient's language, {@code es} or {@code en}. */
    public NotificationRequest locale(String locale) {
        this.locale = locale;
        return this;
    }

    /** Where to send it and how to greet the recipient. */
    public NotificationRequest recipient(String email, String displayName) {
        this.recipientEmail = email;
        this.recipientDisplayName = displayName;
        return this;
    }

    /**
     * Sends it as a text message to {@code phoneE164} (a mobile number in E.164, such as {@code +17605551234})
     * instead of an email; the template's SMS variant is used.
     */
    public NotificationRequest textTo(String phoneE164, String displayName) {
        this.recipientPhone = phoneE164;
        this.recipientDisplayName = displayName;
        this.channel = NotificationRequested.SMS;
        return this;
    }

    /**
     * Addresses a resident by the contact they gave: a text to {@code phoneE164} when it is set (someone who gave only
     * a mobile number), otherwise an email to {@code email}; the same template either way.
     */
    public NotificationRequest to(String email, String phoneE164, String displayName) {
        return phoneE164 != null ? textTo(phoneE164, displayName) : recipient(email, displayName);
    }

    public NotificationRequest templateParameters(Map<String, String> templateParameters) {
        this.templateParameters = Collections.unmodifiableMap(new LinkedHashMap<>(templateParameters));
        return this;
    }

    public NotificationRequest campaignId(String campaignId) {
        this.campaignId = campaignId;
        return this;
    }

    /** The recipient's pseudonym, when they are a resident. */
    public NotificationRequest supporterId(String supporterId) {
        this.supporterId = supporterId;
        return this;
    }

    /** The items it is about; cancelling one of them voids the request while it waits for {@link #sendAt}. */
    public NotificationRequest relatedIds(List<String> relatedIds) {
        this.relatedIds = List.copyOf(relatedIds);
        return this;
    }

    /** Send no earlier than this; null (the default) sends now. */
    public NotificationRequest sendAt(Instant sendAt) {
        this.sendAt = sendAt;
        return this;
    }

    /** The main file to attach, which every version of the notifications service sends. */
    public NotificationRequest attachment(Attachment attachment) {
        this.attachment = attachment;
        return this;
    }

    /** Further files after {@link #attachment(Attachment)}. */
    public NotificationRequest attachments(List<Attachment> attachments) {
        this.attachments = List.copyOf(attachments);
        return this;
    }

    public NotificationRequest requestedAt(Instant requestedAt) {
        this.requestedAt = requestedAt;
        return this;
    }

    /** The event to publish; fails naming every required field that is missing. */
    public NotificationRequested build() {
        List<String> missing = new ArrayList<>();
        require(requestId, "requestId", missing);
        require(requestingService, "requestingService", missing);
        require(category, "category", missing);
        require(templateKey, "templateKey", missing);
        require(locale, "locale", missing);
        if (NotificationRequested.SMS.equals(channel)) {
            require(recipientPhone, "recipientPhone", missing);
        } else {
            require(recipientEmail, "recipientEmail", missing);
        }
        require(requestedAt, "requestedAt", missing);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("A notification request needs " + String.join(", ", missing));
        }
        return new NotificationRequested(requestId, requestingService, category.name(), templateKey, locale,
                recipientEmail, recipientDisplayName, templateParameters, campaignId, supporterId, relatedIds, sendAt,
                attachment, attachments, requestedAt, recipientPhone, channel);
    }

    private static void require(Object value, String name, List<String> missing) {
        if (value == null) {
            missing.add(name);
        }
    }
}
