package org.plaza.notifications.delivery;

/** Where a notification is in its life. Only {@link #PENDING} and {@link #SENDING} are not final. */
public enum State {
    /** Waiting for its time (scheduled, or retrying after a failure). */
    PENDING,
    /** Claimed by a dispatcher, which is sending it now. */
    SENDING,
    SENT,
    /** Not sent: the recipient unsubscribed from its category. */
    SUPPRESSED,
    /** Not sent: an item it was about was cancelled before its scheduled time. */
    CANCELLED,
    /** Not sent: its scheduled time passed by more than the allowed lateness (a reminder after the shift). */
    EXPIRED,
    /** Given up: the dead-letter record, announced by {@code NotificationFailed}. */
    FAILED;

    boolean isFinal() {
        return this != PENDING && this != SENDING;
    }
}
