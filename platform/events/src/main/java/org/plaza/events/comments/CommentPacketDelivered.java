package org.plaza.events.comments;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.plaza.events.EventType;
import org.plaza.events.PlazaEvent;

/**
 * A compiled packet was sent to the public body's clerk through the notifications service; delivery
 * can be repeated.
 *
 * @param packetId The packet.
 * @param driveId The comment drive.
 * @param campaignId The campaign this item belongs to.
 * @param publicBodyId The public body it went to.
 * @param deliveryNumber 1 for the first delivery, 2 for a repeat, and so on.
 * @param notificationRequestId The notification request that carries it; a NotificationFailed with
 *        this id means it did not arrive.
 * @param staffId The organizer who sent it; null when sent automatically at closing.
 * @param deliveredAt When it was handed to the notifications service.
 */
@EventType("plaza.comments.comment-packet-delivered.v1")
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentPacketDelivered(
        String packetId,
        String driveId,
        String campaignId,
        String publicBodyId,
        int deliveryNumber,
        String notificationRequestId,
        String staffId,
        Instant deliveredAt) implements PlazaEvent {

    @Override
    public String subject() {
        return driveId;
    }

}
