package org.plaza.notifications.channel.sms;

import java.time.Instant;

/**
 * Where a provider's adapter hands the delivery reports of texts: implemented by the delivery feature, which records
 * them on the notification and raises {@code NotificationDelivered} or {@code NotificationFailed}.
 */
public interface TextReports {

    /** How far a text got, as providers report it. */
    enum Status {
        /** Taken by the provider or on its way (queued, sending, sent to the carrier): not final. */
        ACCEPTED,
        /** The carrier reported it delivered to the handset. */
        DELIVERED,
        /** The carrier or provider could not deliver it. */
        UNDELIVERED
    }

    /** The provider reported {@code status} for the text of notification request {@code requestId}. */
    void reported(String requestId, Status status, Instant at);
}
