package org.plaza.notifications.channel.sms.twilio;

import java.util.Locale;
import java.util.Optional;

import org.plaza.notifications.channel.sms.TextReports;

/**
 * Twilio's message statuses ({@code MessageStatus} of a status callback, {@code status} of a message fetched from the
 * API) as {@link TextReports.Status}: queued, sending and sent are on the way; delivered and read are delivered;
 * undelivered, failed and canceled are not. Empty for a status this service does not know.
 */
public final class TwilioStatuses {

    private TwilioStatuses() {
    }

    public static Optional<TextReports.Status> of(String twilioStatus) {
        if (twilioStatus == null) {
            return Optional.empty();
        }
        return switch (twilioStatus.toLowerCase(Locale.ROOT)) {
            case "accepted", "scheduled", "queued", "sending", "sent" -> Optional.of(TextReports.Status.ACCEPTED);
            case "delivered", "read" -> Optional.of(TextReports.Status.DELIVERED);
            case "undelivered", "failed", "canceled" -> Optional.of(TextReports.Status.UNDELIVERED);
            default -> Optional.empty();
        };
    }
}
