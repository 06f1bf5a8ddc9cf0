package org.plaza.notifications.channel;

import java.time.Duration;

/**
 * A message was not sent now. {@link Kind#TRANSIENT} failures are retried with backoff,
 * {@link Kind#PERMANENT} ones end the request at once, and {@link Kind#DEFERRED} means "not yet"
 * (a rate limit): it is tried again after {@link #retryAfter()} without counting as an attempt.
 * Messages never carry addresses or message content, so they can be logged.
 */
public class DeliveryException extends Exception {

    /** How the dispatcher should treat the failure. */
    public enum Kind {
        TRANSIENT, PERMANENT, DEFERRED
    }

    /**
     * The reason of a deferral until the recipient's quiet hours end: the send is as good as scheduled for then, so
     * its lateness counts from then.
     */
    public static final String QUIET_HOURS = "QUIET_HOURS";

    private final Kind kind;
    private final String reasonCode;
    private final Duration retryAfter;

    private DeliveryException(Kind kind, String reasonCode, Duration retryAfter, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.reasonCode = reasonCode;
        this.retryAfter = retryAfter;
    }

    public static DeliveryException transientFailure(String reasonCode, String message, Throwable cause) {
        return new DeliveryException(Kind.TRANSIENT, reasonCode, Duration.ZERO, message, cause);
    }

    public static DeliveryException permanentFailure(String reasonCode, String message, Throwable cause) {
        return new DeliveryException(Kind.PERMANENT, reasonCode, Duration.ZERO, message, cause);
    }

    public static DeliveryException deferred(Duration retryAfter, String message) {
        return new DeliveryException(Kind.DEFERRED, "RATE_LIMITED", retryAfter, message, null);
    }

    /** Not yet, for {@code reasonCode} (such as {@link #QUIET_HOURS}): try again after {@code retryAfter}. */
    public static DeliveryException deferredUntil(Duration retryAfter, String reasonCode, String message) {
        return new DeliveryException(Kind.DEFERRED, reasonCode, retryAfter, message, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Why, as a {@code NotificationFailed} reason code (RECIPIENT_REJECTED, SERVER_UNREACHABLE…). */
    public String reasonCode() {
        return reasonCode;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
