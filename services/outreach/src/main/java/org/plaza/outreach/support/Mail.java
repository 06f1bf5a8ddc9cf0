package org.plaza.outreach.support;

import org.plaza.starter.notification.NotificationRequest;

/**
 * Starts this service's requests to the notifications service (the starter's {@link NotificationRequest}).
 * The request id is always derived from the item and the message (never random), so the same message
 * requested twice is one message.
 */
public final class Mail {

    public static final String SERVICE = "outreach";

    private Mail() {
    }

    /** A request from outreach under a deterministic id, for example {@code outreach:sgn_…:reminder-24h}. */
    public static NotificationRequest request(String requestId) {
        return NotificationRequest.builder().requestId(requestId).requestingService(SERVICE);
    }
}
