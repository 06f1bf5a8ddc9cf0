package org.plaza.comments.packet;

import java.time.Instant;

/**
 * One sending of a packet to the clerk: the notification request that carries it and the hash of the
 * token in its download link.
 */
record Delivery(int number, String notificationRequestId, String tokenHash, Instant expiresAt, String staffId,
        Instant requestedAt, String failureReason, Instant failedAt) {

    Delivery failed(String reason, Instant at) {
        return new Delivery(number, notificationRequestId, tokenHash, expiresAt, staffId, requestedAt, reason, at);
    }
}
