package org.plaza.notifications.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** What staff can see and do with notifications: read the log, list dead letters, send a failed one again. */
@Service
public class DeliveryLog {

    private final Notifications notifications;
    private final DispatchQueue queue;
    private final Dispatcher dispatcher;
    private final Clock clock;

    DeliveryLog(Notifications notifications, DispatchQueue queue, Dispatcher dispatcher, Clock clock) {
        this.notifications = notifications;
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public Optional<NotificationView> find(String requestId) {
        return notifications.find(requestId).map(NotificationView::of);
    }

    /** The most recent notifications in a state ({@code FAILED} lists the dead letters). */
    public List<NotificationView> inState(String state, int limit) {
        State wanted = State.valueOf(state);
        return notifications.inState(wanted, Math.max(1, Math.min(limit, 500))).stream().map(NotificationView::of)
                .toList();
    }

    /** The outcome of asking to send a failed notification again. */
    public enum RetryOutcome {
        QUEUED, NOT_FOUND, NOT_RETRYABLE
    }

    /**
     * Sends a failed notification again. It is queued before it is saved (a crash in between leaves an extra
     * entry) and again after: a dispatcher that saw it failed just before may have removed the first entry.
     */
    public RetryOutcome retry(String requestId) {
        Optional<Notification> found = notifications.find(requestId);
        if (found.isEmpty()) {
            return RetryOutcome.NOT_FOUND;
        }
        Notification notification = found.get();
        Instant now = clock.instant();
        if (!notification.retry(now)) {
            return RetryOutcome.NOT_RETRYABLE;
        }
        queue.enqueue(notification.id(), now);
        notifications.save(notification);
        dispatcher.dueNow(queue.enqueue(notification.id(), now), notification);
        return RetryOutcome.QUEUED;
    }
}
