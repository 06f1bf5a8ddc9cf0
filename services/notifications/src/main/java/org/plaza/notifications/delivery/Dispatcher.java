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
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.plaza.events.notifications.NotificationRequested;
import org.plaza.notifications.channel.Channel;
import org.plaza.notifications.channel.Channels;
import org.plaza.notifications.channel.DeliveryException;
import org.plaza.notifications.channel.ReasonCodes;
import org.plaza.notifications.consent.Suppressions;
import org.plaza.notifications.consent.TextConsent;
import org.plaza.notifications.template.Category;
import org.plaza.notifications.template.MessageTemplate;
import org.plaza.notifications.template.TemplateCatalog;
import org.plaza.starter.jobs.JobTrigger;
import org.plaza.starter.jobs.PlazaJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
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
 * <p>
 * Where the work comes from: a request due now that arrives while a sender is free and nothing else waits is stored
 * already claimed ({@link #claimOnArrival}: the unique insert is the claim, its queue entry due when the lease ends)
 * and sent at once; one that arrives while the senders are busy (or sent again by staff) is handed over by its id;
 * everything else (scheduled sends, retries, deferrals, expired leases, what a restart left) is found by
 * the poll in the {@link DispatchQueue} of unfinished notifications, and then read and claimed by its id. The
 * notifications collection itself is searched once, at start-up, to queue what was stored before the queue
 * existed. {@code plaza.notifications.claims{by=arrival}} counts the first kind of claim, {@code by=id} the second,
 * {@code by=search} the third.
 * <p>
 * Both kinds of look-up run as the job {@value #JOB} on a thread of its own: the poll every
 * {@code plaza.notifications.delivery.poll-interval} (the first at start-up), the hand-overs whenever the job is
 * woken up; one never overlaps the other. The dispatcher itself is a lifecycle only for its pool of senders, which
 * starts before the job runner and stops after it.
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int SAVE_TRIES = 3;
    /** Queue entries read at a time; when a read is full, the next is made as soon as those are handled. */
    static final int POLL_BATCH = 500;
    private static final String CLAIMS = "plaza.notifications.claims";
    static final String JOB = "notifications.dispatch";

    private final Notifications notifications;
    private final DispatchQueue queue;
    private final FinishedEntries finished;
    private final Channels channels;
    private final TemplateCatalog catalog;
    private final Suppressions suppressions;
    private final TextConsent textConsent;
    private final TextOutcomes textOutcomes;
    private final TextReconciler textReconciler;
    private final DeliverySettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String claimant = "dispatcher-" + UUID.randomUUID();
    private final JobTrigger wake = new JobTrigger();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Entries known to be due now, handed over by id; transactional ones are claimed first. */
    private final HandOvers due = new HandOvers();
    /** Entries the last read of the queue found due. */
    private final Queue<DispatchQueue.Entry> found = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean backfilled = new AtomicBoolean();
    private volatile boolean moreFound;
    private volatile boolean running;
    private ExecutorService senders;
    private Semaphore slots;

    Dispatcher(Notifications notifications, DispatchQueue queue, FinishedEntries finished, Channels channels,
            TemplateCatalog catalog, Suppressions suppressions, TextConsent textConsent, TextOutcomes textOutcomes,
            TextReconciler textReconciler, DeliverySettings settings, Clock clock, MeterRegistry meters) {
        this.notifications = notifications;
        this.queue = queue;
        this.finished = finished;
        this.channels = channels;
        this.catalog = catalog;
        this.suppressions = suppressions;
        this.textConsent = textConsent;
        this.textOutcomes = textOutcomes;
        this.textReconciler = textReconciler;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        meters.gauge("plaza.notifications.sending", inFlight);
    }

    /** The poll and the hand-overs as one job: see the class comment. */
    @Bean
    static PlazaJob dispatchJob(Dispatcher dispatcher, DeliverySettings settings) {
        return PlazaJob.every(JOB, settings.pollInterval(), () -> dispatcher.tick(true)).startingAfter(Duration.ZERO)
                .triggeredBy(dispatcher.wake, () -> dispatcher.tick(false)).onItsOwnThread();
    }

    /**
     * A notification was stored (and queued) due now: it is claimed by its id at once, without waiting for the poll,
     * before every waiting hand-over that is not transactional when it is.
     */
    void dueNow(DispatchQueue.Entry entry, Notification notification) {
        due.add(entry, Category.parse(notification.category()).orElse(Category.TRANSACTIONAL) == Category.TRANSACTIONAL);
        wakeUp();
    }

    /**
     * Takes a sending slot for a request due now that is about to be stored, if one is free and no hand-over waits
     * for it, and marks the notification claimed ({@link Notification#claimedOnArrival}): stored so, it is sent at
     * once ({@link #sendClaimedOnArrival}) without a claim of its own. Queue it due at its lease's end before storing
     * it: if this instance stops before the send is recorded, the poll recovers it then, as any interrupted send.
     * False when it must be stored pending and handed over ({@link #dueNow}). Every true is followed by
     * {@link #sendClaimedOnArrival} once it is stored, or {@link #notStoredOnArrival}.
     */
    boolean claimOnArrival(Notification notification, Instant now) {
        if (!running || !due.isEmpty() || !slots.tryAcquire()) {
            return false;
        }
        notification.claimedOnArrival(now.plus(settings.sendingLease()), claimant);
        return true;
    }

    /** A notification claimed on arrival was not stored (a duplicate, or the insert failed): its slot is free again. */
    void notStoredOnArrival() {
        slots.release();
        wakeUp();
    }

    /** Sends a notification stored claimed on arrival, on the slot {@link #claimOnArrival} took. */
    void sendClaimedOnArrival(Notification notification, DispatchQueue.Entry entry) {
        meters.counter(CLAIMS, "by", "arrival").increment();
        if (!startSending(new Claim(notification, entry))) {
            putBack(notification);
        }
    }

    /**
     * A notification claimed on arrival while the senders were stopping: pending again at once (queued as due now
     * first), so whichever instance runs next sends it without waiting for the lease.
     */
    private void putBack(Notification notification) {
        Instant now = clock.instant();
        try {
            queue.enqueue(notification.id(), now);
            notification.deferred(now);
            notifications.save(notification);
        } catch (DataAccessException e) {
            log.warn("Notification {} stays claimed until its lease ends, then it is sent: {}", notification.id(),
                    e.toString());
        }
    }

    /**
     * Hands a claim to a sender; false (the slot released) when the senders are stopping. The slot is released
     * when the send ends.
     */
    private boolean startSending(Claim claim) {
        inFlight.incrementAndGet();
        try {
            senders.execute(() -> {
                try {
                    deliver(claim.notification(), claim.entry());
                } finally {
                    inFlight.decrementAndGet();
                    slots.release();
                    wakeUp();
                }
            });
            return true;
        } catch (RejectedExecutionException stopping) {
            inFlight.decrementAndGet();
            slots.release();
            return false;
        }
    }

    /** Claims the notifications known to be due now, if a sending slot is free. */
    void wakeUp() {
        if (running) {
            wake.fire();
        }
    }

    /**
     * Claims due notifications while there is a free sending slot: first those handed over by their ids, then
     * those found due in the queue. At the poll ({@code poll} set) the queue is read again first (and, the first
     * time, filled from the notifications stored before it existed).
     */
    void tick(boolean poll) {
        try {
            boolean read = false;
            if (poll) {
                backfillOnce();
                readQueue();
                read = true;
            }
            while (running && slots.tryAcquire()) {
                Optional<Claim> next;
                try {
                    next = claimNext(clock.instant());
                    if (next.isEmpty() && moreFound && !read) {
                        readQueue();
                        read = true;
                        next = claimNext(clock.instant());
                    }
                } catch (RuntimeException e) {
                    slots.release();
                    throw e;
                }
                if (next.isEmpty()) {
                    slots.release();
                    return;
                }
                if (!startSending(next.get())) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for due notifications, will try again in {}: {}", settings.pollInterval(),
                    e.toString());
        }
    }

    /**
     * Queues every unfinished notification, with one search of the notifications collection. Run once at start-up,
     * so that notifications stored before the queue existed are sent; idempotent.
     */
    int backfill() {
        try (Stream<Notification> unfinished = notifications.unfinished()) {
            return queue.backfill(unfinished);
        }
    }

    private void backfillOnce() {
        if (!backfilled.get()) {
            int queued = backfill();
            backfilled.set(true);
            log.info("Checked the queue entries of {} unfinished notification(s) at start-up", queued);
        }
    }

    private void readQueue() {
        List<DispatchQueue.Entry> entries = queue.due(clock.instant(), POLL_BATCH);
        found.clear();
        found.addAll(entries);
        moreFound = entries.size() == POLL_BATCH;
    }

    /** A claimed notification and the queue entry it was claimed through, removed once it is finished. */
    private record Claim(Notification notification, DispatchQueue.Entry entry) {
    }

    private Optional<Claim> claimNext(Instant now) {
        Instant leaseUntil = now.plus(settings.sendingLease());
        for (DispatchQueue.Entry entry = due.poll(); entry != null; entry = due.poll()) {
            Optional<Notification> claimed = notifications.claimDue(entry.id(), now, leaseUntil, claimant);
            if (claimed.isPresent()) {
                meters.counter(CLAIMS, "by", "id").increment();
                return Optional.of(new Claim(claimed.get(), entry));
            }
        }
        for (DispatchQueue.Entry entry = found.poll(); entry != null; entry = found.poll()) {
            Optional<Claim> claimed = claimFound(entry, now, leaseUntil);
            if (claimed.isPresent()) {
                meters.counter(CLAIMS, "by", "search").increment();
                return claimed;
            }
        }
        return Optional.empty();
    }

    /**
     * Claims the notification of a queue entry found due, or settles the entry: drops it when the notification is
     * finished (or never appeared), looks again when it is due or its lease ends, or recovers an expired lease. An
     * entry this instance finished and has not removed yet ({@link FinishedEntries}) is passed over unread.
     */
    private Optional<Claim> claimFound(DispatchQueue.Entry entry, Instant now, Instant leaseUntil) {
        if (finished.waiting(entry)) {
            return Optional.empty();
        }
        Optional<Notification> current = notifications.find(entry.id());
        if (current.isEmpty()) {
            Instant givenUpAt = entry.queuedAt() == null ? now : entry.queuedAt().plus(DispatchQueue.ORPHAN_GRACE);
            if (givenUpAt.isAfter(now)) {
                queue.postpone(entry, givenUpAt);
            } else {
                queue.remove(entry);
            }
            return Optional.empty();
        }
        Notification notification = current.get();
        if (notification.state().isFinal()) {
            queue.remove(entry);
            return Optional.empty();
        }
        if (notification.state() == State.PENDING) {
            if (notification.dueBy(now)) {
                return notifications.claim(notification, leaseUntil, claimant).map(claimed -> new Claim(claimed, entry));
            }
            if (notification.dueAt() != null) {
                queue.postpone(entry, notification.dueAt());
            }
            return Optional.empty();
        }
        if (notification.leaseUntil() != null && notification.leaseUntil().isAfter(now)) {
            queue.postpone(entry, notification.leaseUntil());
            return Optional.empty();
        }
        return recoverInterrupted(notification, now).flatMap(
                requeued -> notifications.claimDue(requeued.id(), now, leaseUntil, claimant)
                        .map(claimed -> new Claim(claimed, requeued)));
    }

    /**
     * Puts a notification whose sender stopped mid-send (its lease ran out) back in line (see the class comment);
     * returns its new queue entry when it is pending again.
     */
    private Optional<DispatchQueue.Entry> recoverInterrupted(Notification notification, Instant now) {
        log.warn("Notification {} ({}) was interrupted while sending; sending it again", notification.id(),
                notification.templateKey());
        DispatchQueue.Entry entry = queue.enqueue(notification.id(), now);
        notification.interrupted(now, settings);
        try {
            notifications.save(notification);
        } catch (OptimisticLockingFailureException e) {
            log.debug("Notification {} was recovered by another instance", notification.id());
            return Optional.empty();
        }
        if (notification.state() == State.PENDING) {
            return Optional.of(entry);
        }
        queue.remove(entry);
        return Optional.empty();
    }

    /** Sends one claimed notification and records what happened. */
    void deliver(Notification notification, DispatchQueue.Entry entry) {
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
        } else if (suppressed(notification, category)) {
            notification.suppressed(now);
            outcome = "suppressed";
        } else {
            outcome = send(notification, template.get());
        }
        boolean awaitsReport = notification.state() == State.SENT && notification.textStatus() != null;
        if (awaitsReport) {
            awaitReport(notification);
        }
        record(notification, entry);
        if (awaitsReport) {
            textOutcomes.settle(notification.id());
        }
        sample.stop(meters.timer("plaza.notifications.delivery", "template", notification.templateKey(), "outcome", outcome));
        meters.counter("plaza.notifications.deliveries", "template", notification.templateKey(), "category",
                category.name(), "outcome", outcome).increment();
    }

    /** Puts a text about to be recorded as sent in line for the {@link TextReconciler}, in case no report comes. */
    private void awaitReport(Notification notification) {
        try {
            textReconciler.awaitReport(notification.id(), notification.completedAt());
        } catch (DataAccessException e) {
            log.warn("Text {} is recorded as sent without a check for its report; it is delivered when one comes",
                    notification.id());
        }
    }

    /** Whether the recipient opted out of this category on the notification's channel. */
    private boolean suppressed(Notification notification, Category category) {
        if (NotificationRequested.SMS.equals(notification.channel())) {
            return textConsent.suppressed(notification.recipientKey(), notification.supporterId(), category);
        }
        return suppressions.suppressed(notification.recipientKey(), category);
    }

    private String send(Notification notification, MessageTemplate template) {
        Optional<Channel> channel = channels.find(notification.channel());
        try {
            if (channel.isEmpty()) {
                throw DeliveryException.permanentFailure(ReasonCodes.INTERNAL_ERROR,
                        "no channel " + notification.channel(), null);
            }
            Channel.Sent sent = channel.get()
                    .send(notification.outgoing(template, Locale.forLanguageTag(notification.locale())));
            notification.sent(sent, clock.instant());
            return "sent";
        } catch (DeliveryException e) {
            Instant now = clock.instant();
            if (e.kind() == DeliveryException.Kind.DEFERRED) {
                if (DeliveryException.QUIET_HOURS.equals(e.reasonCode())) {
                    notification.quietUntil(now.plus(e.retryAfter()));
                } else {
                    notification.deferred(now.plus(e.retryAfter()));
                }
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
     * Stores the outcome, keeping the queue complete: a notification that goes back in line is re-queued at its new
     * time before it is saved (and, if someone else changed it meanwhile, queued as due now, so the poll looks at
     * whatever they left); a finished one leaves the queue after it is saved, with the next batch of
     * {@link FinishedEntries}. A MongoDB hiccup right after an email
     * left would make it look interrupted and send it again later, so the save is tried a few times.
     */
    private void record(Notification notification, DispatchQueue.Entry entry) {
        if (notification.state() == State.PENDING) {
            try {
                queue.reschedule(notification.id(), notification.dueAt());
            } catch (DataAccessException e) {
                log.warn("Could not move the queue entry of notification {}; it is looked at when its lease ends",
                        notification.id());
            }
        }
        boolean saved = save(notification);
        try {
            if (saved && notification.state().isFinal()) {
                finished.finished(entry);
            } else if (!saved && notification.state() == State.PENDING) {
                queue.enqueue(notification.id(), clock.instant());
            }
        } catch (DataAccessException e) {
            log.debug("Queue entry of notification {} is left for the poll to settle", notification.id());
        }
    }

    private boolean save(Notification notification) {
        for (int attempt = 1; attempt <= SAVE_TRIES; attempt++) {
            try {
                notifications.save(notification);
                return true;
            } catch (OptimisticLockingFailureException e) {
                log.warn("Notification {} changed while it was being sent (its lease ran out?); keeping the other "
                        + "change", notification.id());
                return false;
            } catch (DataAccessException e) {
                if (attempt == SAVE_TRIES) {
                    log.error("Could not record the outcome of notification {} ({}); it stays 'sending' and will be "
                            + "recovered after its lease", notification.id(), notification.state(), e);
                    return false;
                }
                sleep(Duration.ofSeconds(attempt));
            }
        }
        return false;
    }

    @Override
    public void start() {
        slots = new Semaphore(settings.concurrency());
        senders = Executors.newFixedThreadPool(settings.concurrency(), daemon("plaza-notifications-send"));
        running = true;
    }

    /**
     * Stops claiming (the job runner has stopped the job already), then lets messages being sent finish, so a normal
     * shutdown leaves nothing half-sent, and removes the queue entries of those finished since the last removal.
     */
    @Override
    public void stop() {
        running = false;
        senders.shutdown();
        try {
            if (!senders.awaitTermination(settings.sendingLease().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Stopped with notifications still sending; they will be recovered after their lease");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            finished.removeWaiting();
        } catch (DataAccessException e) {
            log.info("Finished notifications' queue entries are left for the next poll to drop: {}", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the job runner starts the job, after it has stopped it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1;
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
