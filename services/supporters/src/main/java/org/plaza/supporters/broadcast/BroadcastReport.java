package org.plaza.supporters.broadcast;

/**
 * What became of a broadcast: queued to notifications, accepted by recipients' mail servers, given up on, unsubscribed
 * through its link, and skipped because the supporter had not agreed to campaign updates by email (or gave no address).
 */
public record BroadcastReport(long sent, long delivered, long failed, long unsubscribed, long skipped) {
}
