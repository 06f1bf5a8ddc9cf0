package org.plaza.supporters.broadcast;

/**
 * What became of a broadcast, by channel: emails queued to notifications, accepted by recipients' mail servers, given
 * up on, unsubscribed through their link; texts queued, reported delivered by the provider, failed (refused, not
 * delivered, or not sent to a number that texted STOP or ALTO); and the supporters skipped because they had agreed to
 * no channel the broadcast went by, or gave no address or mobile number for it.
 */
public record BroadcastReport(long sent, long delivered, long failed, long unsubscribed, long skipped,
        long textsSent, long textsDelivered, long textsFailed) {

    /** An email broadcast's report. */
    public BroadcastReport(long sent, long delivered, long failed, long unsubscribed, long skipped) {
        this(sent, delivered, failed, unsubscribed, skipped, 0, 0, 0);
    }
}
