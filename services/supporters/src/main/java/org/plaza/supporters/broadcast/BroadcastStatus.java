package org.plaza.supporters.broadcast;

/** Where a broadcast stands, in the order it moves. */
public enum BroadcastStatus {
    /** Being written; may change. */
    DRAFT,
    /** Its author asked to send it to more people than the approval threshold; a second staff member must agree. */
    AWAITING_APPROVAL,
    /** Will be queued at its send time (now, for "send now"). */
    SCHEDULED,
    /** Being queued to notifications, recipient by recipient. */
    SENDING,
    /** Every recipient was queued (or skipped). */
    SENT;

    /** The message key of its name, {@code supporters.broadcast.status.<NAME>}. */
    public String messageKey() {
        return "supporters.broadcast.status." + name();
    }
}
