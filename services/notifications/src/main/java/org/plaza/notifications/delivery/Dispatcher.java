package org.plaza.notifications.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.plaza.notifications.channel.Channel;
import org.plaza.notifications.channel.Channels;
import org.plaza.notifications.channel.DeliveryException;
import org.plaza.notifications.channel.ReasonCodes;
import org.plaza.notifications.consent.Suppressions;
import org.plaza.notifications.template.Category;
import org.plaza.notifications.template.MessageTemplate;
import org.plaza.notifications.template.TemplateCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Sends due notifications, once each. For every notification it
 * <ol>
 * <li>claims it with one atomic update (pending → sending, attempt counted, lease set), so no other
 * thread or instance can send it;</li>
 * <li>checks its scheduled time has not long passed and the recipient has not unsubscribed;</li>
 * <li>hands it to its {@link Channel};</li>
 * <li>records the outcome (sent, retry later, deferred by a rate limit, failed for good).</li>
 * </ol>
 * A crash between 3 and 4 leaves it "sending"; once its lease runs out it is sent again with the same
 * Message-ID (see the README: at-least-once in that one window, exactly once everywhere else).
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int SAVE_TRIES = 3;

    private final Notifications notifications;
    private final Channels channels;
    private final TemplateCatalog catalog;
    private final Suppressions suppressions;
    private final DeliverySettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String claimant = "dispatcher-" + UUID.randomUUID();
    private final AtomicBoolean tickQueued = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<String> due = new ConcurrentLinkedQueue<>();
    private volatile boolean running;
    private ScheduledExecutorService scheduler;
    private ExecutorService senders;
    private Semaphore slots;

    Dispatcher(Notifications notifications, Channels channels, TemplateCatalog catalog, Suppressions suppressions,
            DeliverySettings settings, Clock clock, MeterRegistry meters) {
        this.notifications = notifications;
        this.channels = channels;
        this.catalog = catalog;
        this.suppressions = suppressions;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        meters.gauge("plaza.notifications.sending", inFlight);
    }

    /**
     * A notification was stored due now: it is claimed by its id at once. Searching the collection for due
     * notifications is left to the poll, because that search reads every notification on MongoDB servers
     * that cannot use an index for it.
     */
    void dueNow(String notificationId) {
        due.add(notificationId);
        wakeUp();
    }

    /** Claims the notifications known to be due now, if a sending slot is free. */
    void wakeUp() {
        ScheduledExecutorService current = scheduler;
        if (running && current != null && tickQueued.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    tickQueued.set(false);
                    tick(false);
                });
            } catch (RejectedExecutionException stopping) {
                tickQueued.set(false);
            }
        }
    }

    /**
     * Claims due notifications while there is a free sending slot: first those known to be due by their ids,
     * then, when {@code search} is set (the poll), any other due one (scheduled, retried, or left by a restart).
     */
    void tick(boolean search) {
        try {
            while (running && slots.tryAcquire()) {
                Optional<Notification> next;
                try {
                    next = claimNext(clock.instant(), search);
                } catch (RuntimeException e) {
                    slots.release();
                    throw e;
                }
                if (next.isEmpty()) {
                    slots.release();
                    return;
                }
                Notification notification = next.get();
                inFlight.incrementAndGet();
                senders.execute(() -> {
                    try {
                        deliver(notification);
                    } finally {
                        inFlight.decrementAndGet();
                        slots.release();
                        wakeUp();
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for due notifications, will try again in {}: {}", settings.pollInterval(),
                    e.toString());
        }
    }

    private Optional<Notification> claimNext(Instant now, boolean search) {
        Instant leaseUntil = now.plus(settings.sendingLease());
        for (String id = due.poll(); id != null; id = due.poll()) {
            Optional<Notification> claimed = notifications.claimDue(id, now, leaseUntil, claimant);
            if (claimed.isPresent()) {
                meters.counter("plaza.notifications.claims", "by", "id").increment();
                return claimed;
            }
        }
        if (!search) {
            return Optional.empty();
        }
        Optional<Notification> found = notifications.claimNextDue(now, leaseUntil, claimant);
        found.ifPresent(n -> meters.counter("plaza.notifications.claims", "by", "search").increment());
        return found;
    }

    /** Sends one claimed notification and records what happened. */
    void deliver(Notification notification) {
        Timer.Sample sample = Timer.start(meters);
        Instant now = clock.instant();
        Optional<MessageTemplate> template = catalog.find(notification.templateKey());
        Category category = Category.parse(notification.category()).orElse(Category.TRANSACTIONAL);
        String outcome;
        if (template.isEmpty()) {
            notification.attemptFailed(ReasonCodes.TEMPLATE_ERROR, true, now, settings);
            outcome = "failed";
        } else if (notification.expiredAt(now, settings.maxLateness())) {
            log.info("Notification {} ({}) was due at {} and is dropped as expired", notification.id(),
                    notification.templateKey(), notification.sendAt());
            notification.expired(now);
            outcome = "expired";
        } else if (suppressions.suppressed(notification.recipientKey(), category)) {
            notification.suppressed(now);
            outcome = "suppressed";
        } else {
            outcome = send(notification, template.get());
        }
        record(notification);
        sample.stop(meters.timer("plaza.notifications.delivery", "template", notification.templateKey(), "outcome", outcome));
        meters.counter("plaza.notifications.deliveries", "template", notification.templateKey(), "category",
                category.name(), "outcome", outcome).increment();
    }

    private String send(Notification notification, MessageTemplate template) {
        Optional<Channel> channel = channels.find(notification.channel());
        try {
            if (channel.isEmpty()) {
                throw DeliveryException.permanentFailure(ReasonCodes.INTERNAL_ERROR,
                        "no channel " + notification.channel(), null);
            }
            String messageId = channel.get()
                    .deliver(notification.outgoing(template, Locale.forLanguageTag(notification.locale())));
            notification.sent(messageId, clock.instant());
            return "sent";
        } catch (DeliveryException e) {
            Instant now = clock.instant();
            if (e.kind() == DeliveryException.Kind.DEFERRED) {
                notification.deferred(now.plus(e.retryAfter()));
                return "deferred";
            }
            boolean permanent = e.kind() == DeliveryException.Kind.PERMANENT;
            notification.attemptFailed(e.reasonCode(), permanent, now, settings);
            log.warn("Notification {} ({}) attempt {} failed: {} {}{}", notification.id(), notification.templateKey(),
                    notification.attempts(), e.reasonCode(), e.getMessage(),
                    notification.state() == State.FAILED ? "; giving up" : "; will retry at " + notification.dueAt());
            return notification.state() == State.FAILED ? "failed" : "retry";
        } catch (RuntimeException e) {
            notification.attemptFailed(ReasonCodes.INTERNAL_ERROR, false, clock.instant(), settings);
            log.error("Notification {} ({}) hit an unexpected error", notification.id(), notification.templateKey(), e);
            return notification.state() == State.FAILED ? "failed" : "retry";
        }
    }

    /**
     * Stores the outcome. A MongoDB hiccup right after an email left would make it look interrupted and
     * send it again later, so the write is tried a few times before giving up.
     */
    private void record(Notification notification) {
        for (int attempt = 1; attempt <= SAVE_TRIES; attempt++) {
            try {
                notifications.save(notification);
                return;
            } catch (OptimisticLockingFailureException e) {
                log.warn("Notification {} changed while it was being sent (its lease ran out?); keeping the other "
                        + "change", notification.id());
                return;
            } catch (DataAccessException e) {
                if (attempt == SAVE_TRIES) {
                    log.error("Could not record the outcome of notification {} ({}); it stays 'sending' and will be "
                            + "recovered after its lease", notification.id(), notification.state(), e);
                    return;
                }
                sleep(Duration.ofSeconds(attempt));
            }
        }
    }

    /** Puts notifications whose sender stopped mid-send back in line (see the class comment). */
    void recoverInterrupted() {
        try {
            Instant now = clock.instant();
            List<Notification> stuck = notifications.interrupted(now, 100);
            for (Notification notification : stuck) {
                log.warn("Notification {} ({}) was interrupted while sending; sending it again", notification.id(),
                        notification.templateKey());
                notification.interrupted(now, settings);
                try {
                    notifications.save(notification);
                } catch (OptimisticLockingFailureException e) {
                    log.debug("Notification {} was recovered by another instance", notification.id());
                }
            }
            if (!stuck.isEmpty()) {
                wakeUp();
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for interrupted notifications: {}", e.toString());
        }
    }

    @Override
    public void start() {
        slots = new Semaphore(settings.concurrency());
        senders = Executors.newFixedThreadPool(settings.concurrency(), daemon("plaza-notifications-send"));
        scheduler = Executors.newSingleThreadScheduledExecutor(daemon("plaza-notifications-dispatch"));
        running = true;
        long poll = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> tick(true), 0, poll, TimeUnit.MILLISECONDS);
        long recovery = Math.max(poll, Math.min(settings.sendingLease().toMillis() / 2, 30_000));
        scheduler.scheduleWithFixedDelay(this::recoverInterrupted, recovery, recovery, TimeUnit.MILLISECONDS);
    }

    /** Stops claiming, then lets messages being sent finish, so a normal shutdown leaves nothing half-sent. */
    @Override
    public void stop() {
        running = false;
        scheduler.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(settings.sendingLease().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Stopped with notifications still sending; they will be recovered after their lease");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
