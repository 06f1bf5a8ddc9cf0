package org.plaza.comments.packet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plaza.comments.support.Secrets;
import org.plaza.events.comments.CommentPacketCompiled;
import org.plaza.events.comments.CommentPacketDelivered;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A compiled packet of a drive: its totals, the stored PDF and CSV, and every time it was sent to the clerk.
 * A delivery and the notification request that carries it are saved together.
 */
@Document("packets")
class Packet extends OutboxAggregate {

    @Id
    private final String id;
    private final String driveId;
    private final String campaignId;
    private final String publicBodyId;
    private final Instant compiledAt;
    private final String compiledBy;
    private final PacketTotals totals;
    private final String contentSha256;
    private final String csvSha256;
    private final String pdfFileId;
    private final String csvFileId;
    private final long pdfBytes;
    private final long csvBytes;
    private final List<Delivery> deliveries;

    @PersistenceCreator
    Packet(String id, String driveId, String campaignId, String publicBodyId, Instant compiledAt, String compiledBy,
            PacketTotals totals, String contentSha256, String csvSha256, String pdfFileId, String csvFileId,
            long pdfBytes, long csvBytes, List<Delivery> deliveries) {
        this.id = id;
        this.driveId = driveId;
        this.campaignId = campaignId;
        this.publicBodyId = publicBodyId;
        this.compiledAt = compiledAt;
        this.compiledBy = compiledBy;
        this.totals = totals;
        this.contentSha256 = contentSha256;
        this.csvSha256 = csvSha256;
        this.pdfFileId = pdfFileId;
        this.csvFileId = csvFileId;
        this.pdfBytes = pdfBytes;
        this.csvBytes = csvBytes;
        this.deliveries = deliveries == null ? new ArrayList<>() : new ArrayList<>(deliveries);
    }

    static Packet compiled(String id, String driveId, String campaignId, String publicBodyId, Instant compiledAt,
            String compiledBy, PacketTotals totals, PacketFiles files) {
        Packet packet = new Packet(id, driveId, campaignId, publicBodyId, compiledAt, compiledBy, totals,
                files.pdfSha256(), files.csvSha256(), files.pdfFileId(), files.csvFileId(), files.pdfBytes(),
                files.csvBytes(), List.of());
        packet.raise(new CommentPacketCompiled(id, driveId, campaignId, totals.commentCount(),
                totals.uniqueCommentCount(), totals.groupCount(), totals.speakerCount(), totals.byPosition(),
                totals.byCommunity(), totals.byLanguage(), files.pdfSha256(), compiledAt));
        return packet;
    }

    /** Sends the packet (again): the request to the notifications service and the announcement, together. */
    Delivery deliver(String token, Instant expiresAt, String staffId, NotificationRequested request, Instant now) {
        Delivery delivery = new Delivery(deliveries.size() + 1, request.requestId(), Secrets.sha256(token), expiresAt,
                staffId, now, null, null);
        deliveries.add(delivery);
        raise(request);
        raise(new CommentPacketDelivered(id, driveId, campaignId, publicBodyId, delivery.number(),
                request.requestId(), staffId, now));
        return delivery;
    }

    /** The delivery whose link carries this token, while the link is valid. */
    Optional<Delivery> deliveryFor(String token, Instant now) {
        return deliveries.stream().filter(d -> Secrets.matches(d.tokenHash(), token))
                .filter(d -> now.isBefore(d.expiresAt())).findFirst();
    }

    /** The notifications service gave up on a delivery. */
    boolean deliveryFailed(String notificationRequestId, String reason, Instant at) {
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery delivery = deliveries.get(i);
            if (delivery.notificationRequestId().equals(notificationRequestId) && delivery.failedAt() == null) {
                deliveries.set(i, delivery.failed(reason, at));
                return true;
            }
        }
        return false;
    }

    String id() {
        return id;
    }

    String driveId() {
        return driveId;
    }

    String campaignId() {
        return campaignId;
    }

    Instant compiledAt() {
        return compiledAt;
    }

    String compiledBy() {
        return compiledBy;
    }

    PacketTotals totals() {
        return totals;
    }

    String contentSha256() {
        return contentSha256;
    }

    String csvSha256() {
        return csvSha256;
    }

    String pdfFileId() {
        return pdfFileId;
    }

    String csvFileId() {
        return csvFileId;
    }

    long pdfBytes() {
        return pdfBytes;
    }

    long csvBytes() {
        return csvBytes;
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
