package org.plaza.notifications.delivery;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The notifications handed to the dispatcher as due now, in two lines: transactional ones (verification codes,
 * confirmations) are always claimed before the rest, so a broadcast or a wave of reminders handed over at the same
 * time never makes a resident wait for a code. Within each line, first come, first claimed.
 */
final class HandOvers {

    private final Queue<DispatchQueue.Entry> transactional = new ConcurrentLinkedQueue<>();
    private final Queue<DispatchQueue.Entry> other = new ConcurrentLinkedQueue<>();

    void add(DispatchQueue.Entry entry, boolean isTransactional) {
        (isTransactional ? transactional : other).add(entry);
    }

    /** Whether no entry is waiting in either line. */
    boolean isEmpty() {
        return transactional.isEmpty() && other.isEmpty();
    }

    /** The next entry to claim, transactional ones first; null when none is waiting. */
    DispatchQueue.Entry poll() {
        DispatchQueue.Entry next = transactional.poll();
        return next != null ? next : other.poll();
    }
}
