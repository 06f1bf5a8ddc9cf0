package org.plaza.notifications.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.events.notifications.NotificationDelivered;
import org.plaza.events.notifications.NotificationFailed;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.channel.Channel;
import org.plaza.notifications.channel.Outgoing;
import org.plaza.notifications.channel.ReasonCodes;
import org.plaza.notifications.channel.sms.TextReports;
import org.plaza.notifications.template.MessageTemplate;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One requested message, keyed by its request id: the unique {@code _id} is what makes a redelivered
 * request a no-op. It is both the work item (state, due time, attempts) and, once its contact details are
 * purged, the delivery log entry (no address, no parameters, no body). Giving up raises
 * {@link NotificationFailed}, and a send the mail server accepted {@link NotificationDelivered}, in the same write.
 */
@Document(Notification.COLLECTION)
@CompoundIndex(name = "due", def = "{'state': 1, 'dueAt': 1}")
@CompoundIndex(name = "related", def = "{'relatedIds': 1, 'state': 1}")
@CompoundIndex(name = "purge", def = "{'purgedAt': 1, 'completedAt': 1}")
class Notification extends OutboxAggregate {

    static final String COLLECTION = "notifications";

    @Id
    private String id;
    private String requestingService;
    private String templateKey;
    private String category;
    private String requestedCategory;
    private String channel;
    private String locale;
    private String campaignId;
    private String supporterId;
    private String recipientKey;
    private List<String> relatedIds;
    private Instant sendAt;
    private Instant requestedAt;
    private Instant receivedAt;
    private Contact contact;
    private State state;
    private Instant dueAt;
    private int attempts;
    private Instant leaseUntil;
    private String claimedBy;
    private List<Attempt> history = new ArrayList<>();
    private String reasonCode;
    private String messageId;
    private Instant completedAt;
    private Instant purgedAt;
    /** For a text: the segments it took, the provider's latest report, and until when quiet hours held it. */
    private Integer segments;
    private String textStatus;
    private Instant quietUntil;

    /**
     * What is erased after the retention period: the address, the greeting, the parameters (which may hold
     * codes, names and personal links) and the attachments' locations. The first file is kept in
     * {@code attachment}, the others in {@code attachments}, so documents written before the list existed still read.
     */
    record Contact(String recipient, String displayName, Map<String, String> parameters, Outgoing.Attachment attachment,
            List<Outgoing.Attachment> attachments) {

        static Contact of(String recipient, String displayName, Map<String, String> parameters,
                List<Outgoing.Attachment> files) {
            if (files == null || files.isEmpty()) {
                return new Contact(recipient, displayName, parameters, null, List.of());
            }
            return new Contact(recipient, displayName, parameters, files.get(0),
                    files.size() > 1 ? List.copyOf(files.subList(1, files.size())) : List.of());
        }

        /** Every file to attach, in order. */
        List<Outgoing.Attachment> files() {
            List<Outgoing.Attachment> files = new ArrayList<>();
            if (attachment != null) {
                files.add(attachment);
            }
            if (attachments != null) {
                files.addAll(attachments);
            }
            return files;
        }
    }

    /** One delivery attempt in the log: when, how it ended, and why (a reason code, never server text). */
    record Attempt(Instant at, String outcome, String reasonCode) {
    }

    Notification() {
    }

    private Notification(NotificationRequested request, Instant now) {
        this.id = request.requestId();
        this.requestingService = request.requestingService();
        this.templateKey = request.templateKey();
        this.requestedCategory = request.category();
        this.category = request.category();
        this.channel = NotificationRequested.SMS.equals(request.channel()) ? NotificationRequested.SMS
                : NotificationRequested.EMAIL;
        this.locale = request.locale();
        this.campaignId = request.campaignId();
        this.supporterId = request.supporterId();
        this.relatedIds = request.relatedIds() == null ? List.of() : List.copyOf(request.relatedIds());
        this.sendAt = request.sendAt();
        this.requestedAt = request.requestedAt();
        this.receivedAt = now;
    }

    /** A valid request: pending until its send time (now if it has none). */
    static Notification accepted(NotificationRequested request, MessageTemplate template, Locale locale,
            String recipientKey, Map<String, String> parameters, List<Outgoing.Attachment> attachments, Instant now) {
        Notification notification = new Notification(request, now);
        notification.category = template.category().name();
        notification.locale = locale.getLanguage();
        notification.recipientKey = recipientKey;
        String recipient = NotificationRequested.SMS.equals(notification.channel) ? request.recipientPhone()
                : request.recipientEmail();
        notification.contact = Contact.of(recipient, request.recipientDisplayName(), parameters, attachments);
        notification.state = State.PENDING;
        notification.dueAt = request.sendAt() != null && request.sendAt().isAfter(now) ? request.sendAt() : now;
        return notification;
    }

    /** A request that can never be sent (unknown template, missing parameter, unusable address): failed at once. */
    static Notification rejected(NotificationRequested request, String reasonCode, Instant now) {
        Notification notification = new Notification(request, now);
        notification.attempts = 1;
        notification.fail(reasonCode, now);
        return notification;
    }

    /** A scheduled request whose item was cancelled before the request arrived. */
    static Notification cancelledOnArrival(NotificationRequested request, MessageTemplate template, String recipientKey,
            Instant now) {
        Notification notification = new Notification(request, now);
        notification.category = template.category().name();
        notification.recipientKey = recipientKey;
        notification.state = State.CANCELLED;
        notification.completedAt = now;
        return notification;
    }

    /**
     * Claimed as it is stored, by the dispatcher that will send it at once (a request due now while a sender is free):
     * sending, the attempt counted, leased until {@code leaseUntil}, exactly as a claim of the stored notification
     * would leave it. The unique request id makes the insert the claim: no other instance can hold it.
     */
    void claimedOnArrival(Instant leaseUntil, String claimant) {
        if (state != State.PENDING) {
            throw new IllegalStateException("only a pending notification can be claimed, not " + state);
        }
        state = State.SENDING;
        attempts++;
        this.leaseUntil = leaseUntil;
        claimedBy = claimant;
    }

    Outgoing outgoing(MessageTemplate template, Locale language) {
        return new Outgoing(id, template, language, contact.recipient(), recipientKey, contact.displayName(),
                contact.parameters() == null ? Map.of() : contact.parameters(), contact.files());
    }

    /** Pending and due by {@code now}: a dispatcher may claim it. */
    boolean dueBy(Instant now) {
        return state == State.PENDING && dueAt != null && !dueAt.isAfter(now);
    }

    /** Too late to be of use: due more than {@code maxLateness} ago (counted from the end of quiet hours that held it). */
    boolean expiredAt(Instant now, Duration maxLateness) {
        Instant due = sendAt != null && quietUntil != null && quietUntil.isAfter(sendAt) ? quietUntil : sendAt;
        return due != null && now.isAfter(due.plus(maxLateness));
    }

    void sent(String providerMessageId, Instant now) {
        sent(new Channel.Sent(providerMessageId, null, false), now);
    }

    /**
     * The channel's provider took it. An email is delivered now; a text only once the provider reports it
     * ({@link #textReported}), until then it is {@code SENT} without an event.
     */
    void sent(Channel.Sent sent, Instant now) {
        history.add(new Attempt(now, "SENT", null));
        this.messageId = sent.messageId();
        this.segments = sent.segments();
        finish(State.SENT, null, now);
        if (sent.awaitsReport()) {
            textStatus = TextReports.Status.ACCEPTED.name();
        } else {
            raise(new NotificationDelivered(id, requestingService, templateKey, channel, now, null, language()));
        }
    }

    /**
     * The SMS provider reported how far the text got. Delivered raises {@link NotificationDelivered} (with the
     * segments), undelivered fails the notification ({@code UNDELIVERED}); each at most once, and nothing after it.
     * A report for a text not sent yet (it can arrive before the send is recorded) changes nothing and returns false.
     */
    boolean textReported(TextReports.Status status, Instant at) {
        if (!NotificationRequested.SMS.equals(channel) || state != State.SENT || textStatus == null
                || !TextReports.Status.ACCEPTED.name().equals(textStatus)) {
            return false;
        }
        switch (status) {
            case ACCEPTED -> {
                return false;
            }
            case DELIVERED -> {
                textStatus = status.name();
                raise(new NotificationDelivered(id, requestingService, templateKey, channel, at, segments, language()));
            }
            case UNDELIVERED -> {
                textStatus = status.name();
                history.add(new Attempt(at, "FAILED", ReasonCodes.UNDELIVERED));
                fail(ReasonCodes.UNDELIVERED, at);
            }
        }
        return true;
    }

    void suppressed(Instant now) {
        attempts = Math.max(0, attempts - 1);
        finish(State.SUPPRESSED, null, now);
    }

    void expired(Instant now) {
        attempts = Math.max(0, attempts - 1);
        finish(State.EXPIRED, null, now);
    }

    /** Not sent yet because of the recipient's quiet hours: back in line until they end, late only from then. */
    void quietUntil(Instant until) {
        deferred(until);
        quietUntil = until;
    }

    /** Not sent yet because of a rate limit: back in line, without spending an attempt. */
    void deferred(Instant until) {
        attempts = Math.max(0, attempts - 1);
        state = State.PENDING;
        dueAt = until;
        leaseUntil = null;
        claimedBy = null;
    }

    /** An attempt failed: try again after the backoff, or give up when it was permanent or the last one. */
    void attemptFailed(String reason, boolean permanent, Instant now, DeliverySettings settings) {
        boolean givingUp = permanent || attempts >= settings.maxAttempts();
        history.add(new Attempt(now, givingUp ? "FAILED" : "RETRY", reason));
        if (givingUp) {
            fail(reason, now);
            return;
        }
        reasonCode = reason;
        state = State.PENDING;
        dueAt = now.plus(settings.backoffAfter(attempts));
        leaseUntil = null;
        claimedBy = null;
    }

    /** An instance stopped while sending this (its lease ran out): send again, as the same message. */
    void interrupted(Instant now, DeliverySettings settings) {
        attemptFailed(ReasonCodes.INTERRUPTED, false, now, settings);
        if (state == State.PENDING) {
            dueAt = now;
        }
    }

    /** A staff member sends a failed notification again, if its contact details still exist. */
    boolean retry(Instant now) {
        if (state != State.FAILED || contact == null) {
            return false;
        }
        state = State.PENDING;
        attempts = 0;
        dueAt = now;
        completedAt = null;
        history.add(new Attempt(now, "RETRY_REQUESTED", null));
        return true;
    }

    private void fail(String reason, Instant now) {
        finish(State.FAILED, reason, now);
        raise(new NotificationFailed(id, requestingService, templateKey, channel, Math.max(1, attempts), reason, now,
                language()));
    }

    /** The language for the outcome events: a two-letter code, or null when the request named none that is valid. */
    private String language() {
        return locale != null && locale.matches("[a-z]{2}") ? locale : null;
    }

    private void finish(State finalState, String reason, Instant now) {
        state = finalState;
        reasonCode = reason;
        completedAt = now;
        leaseUntil = null;
        claimedBy = null;
    }

    String id() {
        return id;
    }

    String requestingService() {
        return requestingService;
    }

    String templateKey() {
        return templateKey;
    }

    String category() {
        return category;
    }

    String requestedCategory() {
        return requestedCategory;
    }

    String channel() {
        return channel;
    }

    String locale() {
        return locale;
    }

    String campaignId() {
        return campaignId;
    }

    String recipientKey() {
        return recipientKey;
    }

    List<String> relatedIds() {
        return relatedIds == null ? List.of() : relatedIds;
    }

    Instant sendAt() {
        return sendAt;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Contact contact() {
        return contact;
    }

    State state() {
        return state;
    }

    Instant dueAt() {
        return dueAt;
    }

    int attempts() {
        return attempts;
    }

    Instant leaseUntil() {
        return leaseUntil;
    }

    List<Attempt> history() {
        return history == null ? List.of() : List.copyOf(history);
    }

    String reasonCode() {
        return reasonCode;
    }

    String messageId() {
        return messageId;
    }

    Instant completedAt() {
        return completedAt;
    }

    Instant purgedAt() {
        return purgedAt;
    }

    String supporterId() {
        return supporterId;
    }

    Integer segments() {
        return segments;
    }

    String textStatus() {
        return textStatus;
    }
}
