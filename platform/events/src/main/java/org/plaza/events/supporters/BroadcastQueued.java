package org.plaza.events.supporters;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * Every recipient of an organizer's broadcast was handed to notifications, or skipped for want of consent or of an
 * address (no contact data). Each queued email's request id is {@code <broadcastId>:<supporterId>} and each queued
 * text's {@code <broadcastId>:<supporterId>:sms}, so the {@code NotificationDelivered}, {@code NotificationFailed} and
 * {@code RecipientUnsubscribed} (its {@code viaRequestId}) of those requests tell what became of the broadcast; test
 * sends to staff ({@code <broadcastId>:test:…}) are not part of it. Raised once per broadcast.
 *
 * @param broadcastId The broadcast.
 * @param campaignId The campaign it was written for.
 * @param channel The channels the organizer chose: EMAIL (every broadcast before texts), SMS, or EMAIL_AND_SMS
 *        (each recipient by every channel they agreed to).
 * @param audience Supporters the broadcast's segment matched when it was queued (reached and skipped).
 * @param queued Emails handed to notifications, one per recipient who agreed to campaign updates by email and
 *        gave an address (texts are counted in {@code textsQueued}).
 * @param skipped Supporters in the segment who got nothing: no consent to campaign updates on any channel chosen,
 *        or no address or mobile number for it.
 * @param queuedByLanguage Emails handed to notifications per language (ISO 639-1: es, en).
 * @param skippedByLanguage Skipped supporters per language (ISO 639-1: es, en).
 * @param subjectEs The message's subject in Spanish, as the organizer wrote it.
 * @param subjectEn The message's subject in English, as the organizer wrote it.
 * @param sendAt When it was to go (now, or the time it was scheduled for).
 * @param queuedAt When its last recipient was queued.
 * @param textsQueued Texts handed to notifications, one per recipient who agreed to campaign updates by text and
 *        gave a mobile number (0 for an email broadcast); null from producers before texts.
 * @param textsQueuedByLanguage Texts handed to notifications per language (ISO 639-1: es, en); null from producers
 *        before texts.
 * @param audienceByLanguage Supporters the segment matched per language (ISO 639-1: es, en), so that each channel's
 *        reach can be read against it; null from producers before texts (then queued and skipped add up to it).
 * @param textSegmentsByLanguage SMS segments each language's text takes as sent (with the sender's name and how to
 *        stop), what carriers bill per text; empty for an email broadcast, null from producers before texts.
 */
@EventType("plaza.supporters.broadcast-queued.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record BroadcastQueued(
        String broadcastId,
        String campaignId,
        String channel,
        long audience,
        long queued,
        long skipped,
        Map<String, Long> queuedByLanguage,
        Map<String, Long> skippedByLanguage,
        String subjectEs,
        String subjectEn,
        Instant sendAt,
        Instant queuedAt,
        Long textsQueued,
        Map<String, Long> textsQueuedByLanguage,
        Map<String, Long> audienceByLanguage,
        Map<String, Integer> textSegmentsByLanguage) implements PlazaEvent {

    /** An email broadcast's announcement, as before texts. */
    public BroadcastQueued(String broadcastId, String campaignId, String channel, long audience, long queued,
            long skipped, Map<String, Long> queuedByLanguage, Map<String, Long> skippedByLanguage, String subjectEs,
            String subjectEn, Instant sendAt, Instant queuedAt) {
        this(broadcastId, campaignId, channel, audience, queued, skipped, queuedByLanguage, skippedByLanguage,
                subjectEs, subjectEn, sendAt, queuedAt, null, null, null, null);
    }

    @Override
    public String subject() {
        return broadcastId;
    }

}
