package org.plaza.events.supporters;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * Every recipient of an organizer's broadcast was handed to notifications, or skipped for want of consent or of an
 * address (no contact data). Each queued recipient's request id is {@code <broadcastId>:<supporterId>}, so the
 * {@code NotificationDelivered}, {@code NotificationFailed} and {@code RecipientUnsubscribed} (its
 * {@code viaRequestId}) of those requests tell what became of the broadcast; test sends to staff
 * ({@code <broadcastId>:test:…}) are not part of it. Raised once per broadcast.
 *
 * @param broadcastId The broadcast.
 * @param campaignId The campaign it was written for.
 * @param channel How it was sent: EMAIL (SMS later).
 * @param audience Supporters the broadcast's segment matched when it was queued (queued and skipped).
 * @param queued Requests handed to notifications, one per reachable recipient.
 * @param skipped Supporters in the segment who had not agreed to the channel's campaign updates, or gave no address.
 * @param queuedByLanguage Requests handed to notifications per language (ISO 639-1: es, en).
 * @param skippedByLanguage Skipped supporters per language (ISO 639-1: es, en).
 * @param subjectEs The message's subject in Spanish, as the organizer wrote it.
 * @param subjectEn The message's subject in English, as the organizer wrote it.
 * @param sendAt When it was to go (now, or the time it was scheduled for).
 * @param queuedAt When its last recipient was queued.
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
        Instant queuedAt) implements PlazaEvent {

    @Override
    public String subject() {
        return broadcastId;
    }

}
