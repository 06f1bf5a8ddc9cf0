package org.plaza.supporters.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.plaza.events.identity.StaffActionAudited;
import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.events.supporters.BroadcastQueued;
import org.plaza.starter.notification.NotificationRequest;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.http.HttpStatus;

/**
 * An organizer's message to a campaign's supporters, by email, by text message or both ({@link BroadcastChannel}):
 * an email (subject and body) and a short text, each in Spanish and English. It decides who may do what when: a
 * draft is edited by the campaign's staff; asking to send it counts the audience, and above the approval threshold it
 * waits for a second staff member (never its author, nor whoever asked to send it); then it is scheduled, queued and
 * sent. Every staff
 * action raises {@link StaffActionAudited}, and a test send its {@link NotificationRequested}, in the same write; the
 * end of its queue raises {@link BroadcastQueued} (counts per language and channel, for insights).
 * The queue's progress (cursor, counts) is written by {@link BroadcastQueue} with targeted updates that also move the
 * version, so a stale copy can never overwrite it.
 */
@Document(Broadcast.COLLECTION)
public class Broadcast extends OutboxAggregate {

    static final String COLLECTION = "broadcasts";
    static final String ITEM_TYPE = "BROADCAST";
    static final String SERVICE = "supporters";
    static final String TEMPLATE = "supporters.broadcast";
    /** What a text's request id ends with: {@code <broadcastId>:<supporterId>:sms}. */
    static final String TEXT_SUFFIX = ":sms";

    @Id
    private String id;
    private String campaignId;
    private Message es;
    private Message en;
    private AudienceFilter audience;
    /** Null in broadcasts written before texts: email. */
    private BroadcastChannel channel;
    /** The text message in both languages; null or empty when it goes by email only. */
    private ShortText text;
    private BroadcastStatus status;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private Instant sendAt;
    private String sendRequestedBy;
    private long expectedRecipients;
    private String approvedBy;
    private Instant approvedAt;
    private int testsSent;
    /** The next batch number to write. */
    private int nextBatch;
    /** The last supporter id queued or skipped, where a resumed queue starts. */
    private String cursor;
    private long queued;
    private long skipped;
    /** Queued recipients per language, moved with the cursor. */
    private Map<String, Long> queuedByLanguage;
    /** Skipped supporters per language, moved with the cursor. */
    private Map<String, Long> skippedByLanguage;
    /** Texts queued, moved with the cursor. */
    private long textsQueued;
    /** Texts queued per language, moved with the cursor. */
    private Map<String, Long> textsQueuedByLanguage;
    /** Every supporter of the audience streamed so far, per language, moved with the cursor. */
    private Map<String, Long> audienceByLanguage;
    private String leaseOwner;
    private Instant leaseUntil;
    private Instant queueStartedAt;
    private Instant queuedAt;

    Broadcast() {
    }

    /** A new email draft, written by a staff member of the campaign. */
    static Broadcast draft(String id, String campaignId, Message es, Message en, AudienceFilter audience,
            String staffId, Instant now) {
        return draft(id, campaignId, es, en, BroadcastChannel.EMAIL, ShortText.none(), audience, staffId, now);
    }

    /** A new draft by {@code channel}, with its text message when it goes by text, by a staff member of the campaign. */
    static Broadcast draft(String id, String campaignId, Message es, Message en, BroadcastChannel channel,
            ShortText text, AudienceFilter audience, String staffId, Instant now) {
        Broadcast broadcast = new Broadcast();
        broadcast.id = id;
        broadcast.campaignId = campaignId;
        broadcast.es = es;
        broadcast.en = en;
        broadcast.channel = channel == null ? BroadcastChannel.EMAIL : channel;
        broadcast.text = text == null ? ShortText.none() : text;
        broadcast.audience = audience == null ? AudienceFilter.everyone() : audience;
        broadcast.status = BroadcastStatus.DRAFT;
        broadcast.createdBy = staffId;
        broadcast.createdAt = now;
        broadcast.updatedBy = staffId;
        broadcast.updatedAt = now;
        broadcast.audit(staffId, "CREATE", now);
        return broadcast;
    }

    /** Changes the email or the audience, as an email broadcast. */
    void edit(Message es, Message en, AudienceFilter audience, String staffId, Instant now) {
        edit(es, en, BroadcastChannel.EMAIL, ShortText.none(), audience, staffId, now);
    }

    /**
     * Changes the words, the channel or the audience; a broadcast waiting for approval goes back to draft (the
     * approval was for other words).
     */
    void edit(Message es, Message en, BroadcastChannel channel, ShortText text, AudienceFilter audience,
            String staffId, Instant now) {
        requireEditable();
        this.es = es;
        this.en = en;
        this.channel = channel == null ? BroadcastChannel.EMAIL : channel;
        this.text = text == null ? ShortText.none() : text;
        this.audience = audience == null ? AudienceFilter.everyone() : audience;
        this.status = BroadcastStatus.DRAFT;
        this.sendAt = null;
        this.sendRequestedBy = null;
        this.approvedBy = null;
        this.approvedAt = null;
        this.updatedBy = staffId;
        this.updatedAt = now;
        audit(staffId, "UPDATE", now);
    }

    /**
     * Asks to send it at {@code sendAt} (now, or later) to {@code recipients} supporters: scheduled at once up to
     * the threshold, waiting for a second staff member's approval above it.
     */
    void requestSend(Instant sendAt, long recipients, long threshold, String staffId, Instant now) {
        requireEditable();
        this.sendAt = sendAt == null || sendAt.isBefore(now) ? now : sendAt;
        this.sendRequestedBy = staffId;
        this.expectedRecipients = recipients;
        this.approvedBy = null;
        this.approvedAt = null;
        this.status = recipients > threshold ? BroadcastStatus.AWAITING_APPROVAL : BroadcastStatus.SCHEDULED;
        this.updatedBy = staffId;
        this.updatedAt = now;
        audit(staffId, status == BroadcastStatus.SCHEDULED ? "SEND" : "REQUEST_APPROVAL", now);
    }

    /** Whether this staff member may give the second approval: anyone allowed to manage the campaign but its author and requester. */
    boolean mayBeApprovedBy(String staffId) {
        return status == BroadcastStatus.AWAITING_APPROVAL && !Objects.equals(staffId, createdBy)
                && !Objects.equals(staffId, sendRequestedBy);
    }

    /** The second staff member agrees: scheduled for the time asked (or now, if that has passed). */
    void approve(String staffId, Instant now) {
        if (status != BroadcastStatus.AWAITING_APPROVAL) {
            throw PlazaProblem.conflict("broadcast-not-awaiting-approval", "supporters.broadcast.problem.not-awaiting");
        }
        if (!mayBeApprovedBy(staffId)) {
            throw new PlazaProblem(HttpStatus.FORBIDDEN, "broadcast-second-approval",
                    "supporters.broadcast.problem.second-approval");
        }
        this.approvedBy = staffId;
        this.approvedAt = now;
        this.status = BroadcastStatus.SCHEDULED;
        if (sendAt == null || sendAt.isBefore(now)) {
            sendAt = now;
        }
        audit(staffId, "APPROVE", now);
    }

    /** Back to draft before it goes (a scheduled or waiting broadcast). */
    void cancel(String staffId, Instant now) {
        requireEditable();
        this.status = BroadcastStatus.DRAFT;
        this.sendAt = null;
        this.approvedBy = null;
        this.approvedAt = null;
        audit(staffId, "CANCEL", now);
    }

    /** Sends the message in both languages to the staff member who asks, as the recipients will get it. */
    void sendTest(String staffId, String email, String supporterId, Instant now) {
        testsSent++;
        for (String language : List.of("es", "en")) {
            raise(NotificationRequest.builder()
                    .requestId(id + ":test:" + testsSent + ":" + language)
                    .requestingService(SERVICE).category(NotificationCategory.CAMPAIGN_UPDATES).templateKey(TEMPLATE)
                    .locale(language).recipient(email, null).templateParameters(emailParameters(language))
                    .campaignId(campaignId).supporterId(supporterId).relatedIds(List.of(id)).requestedAt(now).build());
        }
        audit(staffId, "TEST_SEND", now);
    }

    /** Due to be queued now: scheduled and its time has come, or being queued by an instance whose lease ran out. */
    boolean dueAt(Instant now) {
        return (status == BroadcastStatus.SCHEDULED && sendAt != null && !sendAt.isAfter(now))
                || (status == BroadcastStatus.SENDING && (leaseUntil == null || leaseUntil.isBefore(now)));
    }

    /** An instance takes it to queue (saved with the version: two instances cannot both take it). */
    void startQueuing(String owner, Instant now, Instant until) {
        if (status == BroadcastStatus.SCHEDULED) {
            queueStartedAt = now;
        }
        status = BroadcastStatus.SENDING;
        leaseOwner = owner;
        leaseUntil = until;
    }

    /**
     * Every recipient was queued or skipped: announced once, with the counts per language and channel, the segments
     * each language's text took ({@code textSegments}, empty for an email broadcast) and no contact data.
     */
    void finishQueuing(Instant now, Map<String, Integer> textSegments) {
        status = BroadcastStatus.SENT;
        queuedAt = now;
        leaseOwner = null;
        leaseUntil = null;
        Map<String, Long> audienceCounts = audienceByLanguage != null ? byLanguage(audienceByLanguage)
                : sum(byLanguage(queuedByLanguage), byLanguage(skippedByLanguage));
        long audienceSize = audienceCounts.values().stream().mapToLong(Long::longValue).sum();
        raise(new BroadcastQueued(id, campaignId, channel().name(), audienceSize, queued, skipped,
                byLanguage(queuedByLanguage), byLanguage(skippedByLanguage), es.subject(), en.subject(),
                sendAt != null ? sendAt : now, now, textsQueued, byLanguage(textsQueuedByLanguage), audienceCounts,
                channel().texts() ? new TreeMap<>(textSegments) : Map.of()));
    }

    private static Map<String, Long> sum(Map<String, Long> one, Map<String, Long> other) {
        Map<String, Long> sum = new TreeMap<>(one);
        other.forEach((language, n) -> sum.merge(language, n, Long::sum));
        return sum;
    }

    private static Map<String, Long> byLanguage(Map<String, Long> counts) {
        return counts == null ? Map.of() : new TreeMap<>(counts);
    }

    /** The email one recipient gets, in their language; its id makes it once per recipient. */
    NotificationRequested requestFor(Recipient recipient, Instant now) {
        return NotificationRequest.builder()
                .requestId(requestId(id, recipient.supporterId()))
                .requestingService(SERVICE).category(NotificationCategory.CAMPAIGN_UPDATES).templateKey(TEMPLATE)
                .locale(recipient.language()).recipient(recipient.email(), recipient.displayName())
                .templateParameters(emailParameters(recipient.language()))
                .campaignId(campaignId).supporterId(recipient.supporterId()).relatedIds(List.of(id))
                .requestedAt(now).build();
    }

    /**
     * The text one recipient gets at their mobile number, in their language: an optional message (campaign updates),
     * so notifications holds it during quiet hours and not to a number that texted STOP or ALTO. Its id,
     * {@code <broadcastId>:<supporterId>:sms}, makes it once per recipient, apart from their email.
     */
    NotificationRequested textRequestFor(Recipient recipient, Instant now) {
        String language = recipient.language();
        return NotificationRequest.builder()
                .requestId(textRequestId(id, recipient.supporterId()))
                .requestingService(SERVICE).category(NotificationCategory.CAMPAIGN_UPDATES).templateKey(TEMPLATE)
                .locale(language).textTo(recipient.phone(), recipient.displayName())
                .templateParameters(Map.of("subject", message(language).subject(), "body", text().in(language)))
                .campaignId(campaignId).supporterId(recipient.supporterId()).relatedIds(List.of(id))
                .requestedAt(now).build();
    }

    /** {@code <broadcastId>:<supporterId>}: what notifications dedupes on. */
    static String requestId(String broadcastId, String supporterId) {
        return broadcastId + ":" + supporterId;
    }

    /** {@code <broadcastId>:<supporterId>:sms}: a recipient's text, deduped apart from their email. */
    static String textRequestId(String broadcastId, String supporterId) {
        return requestId(broadcastId, supporterId) + TEXT_SUFFIX;
    }

    /** The email's words; a broadcast by text only shows its text in the email's place (in the test to staff). */
    Map<String, String> emailParameters(String language) {
        Message message = message(language);
        String body = message.body().isEmpty() ? text().in(language) : message.body();
        return Map.of("subject", message.subject(), "body", body);
    }

    private Message message(String language) {
        return "en".equals(language) ? en : es;
    }

    private void requireEditable() {
        if (status != BroadcastStatus.DRAFT && status != BroadcastStatus.AWAITING_APPROVAL
                && status != BroadcastStatus.SCHEDULED) {
            throw PlazaProblem.conflict("broadcast-already-sent", "supporters.broadcast.problem.already-sent");
        }
    }

    private void audit(String staffId, String action, Instant now) {
        raise(new StaffActionAudited(staffId, action, ITEM_TYPE, id, campaignId, SERVICE, now));
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public Message es() {
        return es;
    }

    public Message en() {
        return en;
    }

    public AudienceFilter audience() {
        return audience;
    }

    /** By email, by text or both; email for a broadcast written before texts. */
    public BroadcastChannel channel() {
        return channel == null ? BroadcastChannel.EMAIL : channel;
    }

    /** The text message in both languages (empty when it goes by email only). */
    public ShortText text() {
        return text == null ? ShortText.none() : text;
    }

    public BroadcastStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant sendAt() {
        return sendAt;
    }

    public String sendRequestedBy() {
        return sendRequestedBy;
    }

    public long expectedRecipients() {
        return expectedRecipients;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public int testsSent() {
        return testsSent;
    }

    public long queued() {
        return queued;
    }

    public long skipped() {
        return skipped;
    }

    public long textsQueued() {
        return textsQueued;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    int nextBatch() {
        return nextBatch;
    }

    String cursor() {
        return cursor;
    }

    String leaseOwner() {
        return leaseOwner;
    }
}
