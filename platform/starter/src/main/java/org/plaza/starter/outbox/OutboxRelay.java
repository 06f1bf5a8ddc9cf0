package org.plaza.starter.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.bson.Document;
import org.plaza.starter.jobs.JobTrigger;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.messaging.CloudEvent;
import org.plaza.starter.messaging.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publishes the events waiting in aggregates' outboxes. A save hints the relay at once (the fast
 * path); a sweep finds whatever a crash left behind (the safety net): at start-up, once more when
 * events written just before start-up are old enough, then at a long interval, as the job
 * {@value #SWEEP_JOB} ({@link #sweepJob()}) of the service's job runner. A sweep asks each outboxed
 * collection for its documents with pending events only, through an index that holds nothing else
 * ({@link #PENDING_INDEX}; the embedded server keeps the index without using it). Each document goes to one worker chosen by its id. A worker
 * takes a batch of documents, puts all their events on the wire (each document's in order), waits for
 * the broker's acknowledgements and only then removes the acknowledged events from their documents,
 * with one bulk write per batch and collection. A crash between the two steps
 * republishes an event with the same {@code ce_id}, which idempotent consumers ignore.
 * <p>
 * A save's hint carries the pending events as the save wrote them, with the document's version ({@link Written}):
 * the worker publishes from that copy instead of reading the document again (one MongoDB round trip fewer per
 * save). A newer save's copy replaces an older one still waiting; a sweep's hint, or a retry, reads the document.
 * Each worker remembers the ids of the events it recently published and marked, and leaves them out of what it
 * publishes next (an older save's copy that arrives late, or a save that wrote back an event already removed, since
 * removing does not change the version): they are removed again with the others instead of being published twice.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String FIELD = OutboxAggregate.OUTBOX_FIELD;
    /** Every collection that ever held pending events, so a sweep after a restart knows where to look. */
    static final String REGISTRY = "plaza_outbox_collections";
    /**
     * On every outboxed collection: a sparse index on the pending events' ids, which holds only the documents
     * that have pending events, so MongoDB answers a sweep from it instead of reading the collection.
     */
    static final String PENDING_INDEX = "plaza_outbox_pending";
    /** The name of the sweep's job. */
    public static final String SWEEP_JOB = "outbox.sweep";
    /**
     * The collection a service's warm-up writes its rehearsals to ({@code org.plaza.starter.warmup.WarmUpWrites}): the
     * relay publishes the events of its documents to {@link #WARM_UP_TOPIC} instead of their own topics, and never
     * registers it, so no sweep looks there.
     */
    public static final String WARM_UP_COLLECTION = "plaza_warm_up";
    /** Where the events of {@link #WARM_UP_COLLECTION}'s documents go: a topic no service consumes. */
    public static final String WARM_UP_TOPIC = "plaza.warm-up";

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final OutboxSettings settings;
    private final Supplier<Collection<String>> knownCollections;
    private final Clock clock;
    /** Event ids each worker remembers having published and marked, to leave out of a save's copy. */
    static final int RECENTLY_SENT = 4096;

    private final Set<String> hintedCollections = ConcurrentHashMap.newKeySet();
    private final Set<String> indexedCollections = ConcurrentHashMap.newKeySet();
    private final List<Worker> workers = new ArrayList<>();
    private final Counter published;
    private final Counter failures;
    private final JobTrigger sweepNow = new JobTrigger();
    private final AtomicBoolean followUpOwed = new AtomicBoolean();
    private volatile boolean running;

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxSettings settings,
            Supplier<Collection<String>> knownCollections, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.settings = settings;
        this.knownCollections = knownCollections;
        this.clock = clock;
        for (int i = 0; i < settings.workers(); i++) {
            workers.add(new Worker(i));
        }
        this.published = Counter.builder("plaza.outbox.published").description("Events the broker acknowledged")
                .register(meters);
        this.failures = Counter.builder("plaza.outbox.publish.failures")
                .description("Attempts to publish that failed and will be retried").register(meters);
        Gauge.builder("plaza.outbox.backlog", this, OutboxRelay::backlog)
                .description("Aggregates with events waiting to be published").register(meters);
        Gauge.builder("plaza.outbox.oldest.age", this, r -> r.oldestPendingAge().toMillis() / 1000.0)
                .description("Age in seconds of the oldest event waiting to be published").baseUnit("seconds")
                .register(meters);
    }

    /** Tells the relay that a document has pending events; cheap, never blocks the caller. */
    public void hint(String collection, Object id, Instant oldestPending) {
        hint(collection, id, oldestPending, null);
    }

    /**
     * As {@link #hint(String, Object, Instant)}, with the pending events as a save just wrote them ({@code written},
     * null when unknown), which the worker publishes without reading the document again.
     */
    public void hint(String collection, Object id, Instant oldestPending, Written written) {
        if (!WARM_UP_COLLECTION.equals(collection) && hintedCollections.add(collection)) {
            register(collection);
        }
        DocRef ref = new DocRef(collection, id);
        workers.get(Math.floorMod(ref.hashCode(), workers.size())).offer(ref, oldestPending, written);
    }

    /**
     * The pending events of a document as one save wrote them ({@code _outbox} entries) and the version it wrote
     * them with.
     */
    public record Written(long version, List<Document> pending) {

        /** The copy of {@code document} as written, or null when it has no version or pending events to copy. */
        static Written of(Document document) {
            Object version = document.get("version");
            List<?> pending = document.get(FIELD, List.class);
            if (!(version instanceof Number number) || pending == null || pending.isEmpty()) {
                return null;
            }
            List<Document> events = new ArrayList<>();
            for (Object event : pending) {
                if (!(event instanceof Document entry)) {
                    return null;
                }
                events.add(entry);
            }
            return new Written(number.longValue(), List.copyOf(events));
        }

        Written newer(Written other) {
            return other.version >= version ? other : this;
        }
    }

    /** Aggregates whose events are waiting (queued, being published, or retrying). */
    public int backlog() {
        return workers.stream().mapToInt(Worker::backlog).sum();
    }

    public Duration oldestPendingAge() {
        Instant now = clock.instant();
        return workers.stream().map(Worker::oldest).filter(Objects::nonNull).min(Instant::compareTo)
                .map(oldest -> Duration.between(oldest, now)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    }

    /**
     * Finds, in every outboxed collection, the documents with pending events older than the sweep's minimum
     * age: a query on pending event ids, which the {@link #PENDING_INDEX} serves on MongoDB.
     */
    public int sweep() {
        Instant cutoff = clock.instant().minus(settings.sweepMinAge());
        int found = 0;
        for (String name : collections()) {
            ensurePendingIndex(name);
            MongoCollection<Document> collection = mongo.getCollection(name);
            for (Document doc : collection.find(Filters.exists(FIELD + ".eventId"))
                    .projection(Projections.include(FIELD + ".occurredAt"))) {
                Instant oldest = oldestOf(doc);
                if (oldest != null && !oldest.isAfter(cutoff)) {
                    hint(name, doc.get("_id"), oldest);
                    found++;
                }
            }
        }
        if (found > 0) {
            log.info("Outbox sweep found {} aggregate(s) with unpublished events", found);
        }
        return found;
    }

    private void ensurePendingIndex(String collection) {
        if (indexedCollections.contains(collection)) {
            return;
        }
        try {
            mongo.getCollection(collection).createIndex(Indexes.ascending(FIELD + ".eventId"),
                    new IndexOptions().name(PENDING_INDEX).sparse(true));
            indexedCollections.add(collection);
        } catch (RuntimeException e) {
            log.warn("Outbox relay could not index collection {}, will try again: {}", collection, e.toString());
        }
    }

    private void register(String collection) {
        ensurePendingIndex(collection);
        try {
            mongo.getCollection(REGISTRY).updateOne(Filters.eq("_id", collection),
                    Updates.setOnInsert("since", Date.from(clock.instant())),
                    new com.mongodb.client.model.UpdateOptions().upsert(true));
        } catch (RuntimeException e) {
            hintedCollections.remove(collection);
            log.warn("Outbox relay could not register collection {}: {}", collection, e.toString());
        }
    }

    private Collection<String> collections() {
        Set<String> names = new java.util.TreeSet<>(knownCollections.get());
        names.addAll(hintedCollections);
        for (Document doc : mongo.getCollection(REGISTRY).find()) {
            names.add(doc.getString("_id"));
        }
        return names;
    }

    private static Instant oldestOf(Document doc) {
        List<Document> pending = doc.getList(FIELD, Document.class);
        if (pending == null) {
            return null;
        }
        return pending.stream().map(e -> e.getDate("occurredAt")).filter(Objects::nonNull).map(Date::toInstant)
                .min(Instant::compareTo).orElse(null);
    }

    /**
     * The sweep as a job: every {@code plaza.outbox.sweep-interval}, and whenever the relay starts (at once, or as
     * soon as the job runner starts), then once more a little after {@code plaza.outbox.sweep-min-age}, for the
     * events written just before. Declared only where the relay is enabled; it does nothing while the relay is
     * stopped.
     */
    public PlazaJob sweepJob() {
        return PlazaJob.every(SWEEP_JOB, settings.sweepInterval(), this::sweepWhileRunning)
                .triggeredBy(sweepNow, this::sweepAfterStart);
    }

    private void sweepWhileRunning() {
        if (running) {
            sweep();
        }
    }

    private void sweepAfterStart() {
        if (followUpOwed.compareAndSet(true, false)) {
            sweepNow.fireIn(settings.sweepMinAge().plusSeconds(1));
        }
        sweepWhileRunning();
    }

    @Override
    public void start() {
        if (!settings.enabled() || running) {
            return;
        }
        running = true;
        workers.forEach(Worker::start);
        followUpOwed.set(true);
        sweepNow.fire();
    }

    @Override
    public void stop() {
        running = false;
        workers.forEach(Worker::join);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stop after the web server (so last requests' events are hinted) and the job runner (so no sweep runs without
     * workers), and before the binder.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private record DocRef(String collection, Object id) {
    }

    /** One relay thread: its own queue of documents, published in the order they were hinted. */
    private final class Worker implements Runnable {

        private final int index;
        private final LinkedBlockingQueue<DocRef> queue = new LinkedBlockingQueue<>();
        private final Map<DocRef, Instant> queued = new ConcurrentHashMap<>();
        private final Map<DocRef, Instant> inFlight = new ConcurrentHashMap<>();
        /** The latest save's copy of a queued document's events; none: read the document. */
        private final Map<DocRef, Written> copies = new ConcurrentHashMap<>();
        /** Ids of the events this worker published and marked lately, oldest first (worker thread only). */
        private final Set<String> recentlySent = java.util.Collections.newSetFromMap(
                new java.util.LinkedHashMap<String, Boolean>(RECENTLY_SENT * 2, 0.75f, false) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                        return size() > RECENTLY_SENT;
                    }
                });
        private Duration backoff = Duration.ZERO;
        private Thread thread;

        Worker(int index) {
            this.index = index;
        }

        /**
         * Queues a document once. A copy of its events replaces an older one; without a copy (a sweep, a retry) the
         * document is read. The worker takes a document off {@code queued} before its copy, so a copy offered in
         * between goes with the document queued again.
         */
        void offer(DocRef ref, Instant since, Written written) {
            if (written == null) {
                copies.remove(ref);
            } else {
                copies.merge(ref, written, Written::newer);
            }
            if (queued.putIfAbsent(ref, since == null ? clock.instant() : since) == null) {
                queue.add(ref);
            }
        }

        int backlog() {
            return queued.size() + inFlight.size();
        }

        Instant oldest() {
            Instant oldest = null;
            for (Map<DocRef, Instant> map : List.of(queued, inFlight)) {
                for (Instant since : map.values()) {
                    if (oldest == null || since.isBefore(oldest)) {
                        oldest = since;
                    }
                }
            }
            return oldest;
        }

        void start() {
            thread = daemon(this, "plaza-outbox-relay-" + index);
            thread.start();
        }

        void join() {
            if (thread != null) {
                try {
                    thread.join(Duration.ofSeconds(10).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void run() {
            while (running) {
                try {
                    DocRef first = queue.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    List<DocRef> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, settings.batchSize() - 1);
                    Map<DocRef, Written> taken = new LinkedHashMap<>();
                    for (DocRef ref : batch) {
                        inFlight.put(ref, queued.remove(ref));
                        Written copy = copies.remove(ref);
                        if (copy != null) {
                            taken.put(ref, copy);
                        }
                    }
                    publish(batch, taken);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.error("Outbox relay worker {} hit an unexpected error; continuing", index, e);
                }
            }
        }

        private void publish(List<DocRef> batch, Map<DocRef, Written> copies) throws InterruptedException {
            Map<String, List<DocRef>> byCollection = new LinkedHashMap<>();
            batch.forEach(ref -> byCollection.computeIfAbsent(ref.collection(), k -> new ArrayList<>()).add(ref));
            List<DocRef> failed = new ArrayList<>();
            for (Map.Entry<String, List<DocRef>> entry : byCollection.entrySet()) {
                failed.addAll(publishCollection(entry.getKey(), entry.getValue(), copies));
            }
            if (failed.isEmpty()) {
                backoff = Duration.ZERO;
                return;
            }
            backoff = backoff.isZero() ? Duration.ofMillis(250) : backoff.multipliedBy(2);
            if (backoff.compareTo(settings.maxBackoff()) > 0) {
                backoff = settings.maxBackoff();
            }
            for (DocRef ref : failed) {
                offer(ref, inFlight.remove(ref), null);
            }
            Thread.sleep(backoff.toMillis());
        }

        /**
         * Publishes one collection's share of the batch (from the saves' copies, reading the documents without
         * one), then marks what the broker acknowledged with one bulk write for all its documents; returns the
         * documents to try again.
         */
        private List<DocRef> publishCollection(String name, List<DocRef> refs, Map<DocRef, Written> copies) {
            MongoCollection<Document> collection = mongo.getCollection(name);
            Map<Object, DocRef> toRead = new LinkedHashMap<>();
            refs.stream().filter(ref -> !copies.containsKey(ref)).forEach(ref -> toRead.put(ref.id(), ref));
            Map<Object, List<Document>> pendingById = new LinkedHashMap<>();
            if (!toRead.isEmpty()) {
                List<Document> docs = new ArrayList<>();
                try {
                    collection.find(Filters.in("_id", toRead.keySet())).projection(Projections.include(FIELD))
                            .into(docs);
                } catch (RuntimeException e) {
                    log.warn("Outbox relay cannot read {} from MongoDB: {}", name, e.toString());
                    return refs;
                }
                docs.forEach(doc -> pendingById.put(doc.get("_id"), doc.getList(FIELD, Document.class)));
            }
            Map<DocRef, List<Sending>> sending = new LinkedHashMap<>();
            Map<DocRef, List<String>> alreadySent = new LinkedHashMap<>();
            for (DocRef ref : refs) {
                Written copy = copies.get(ref);
                List<Document> pending = copy != null ? copy.pending() : pendingById.get(ref.id());
                List<Document> unsent = new ArrayList<>();
                List<String> skipped = new ArrayList<>();
                for (Document event : pending == null ? List.<Document>of() : pending) {
                    String eventId = event.getString("eventId");
                    if (recentlySent.contains(eventId)) {
                        skipped.add(eventId);
                    } else {
                        unsent.add(event);
                    }
                }
                sending.put(ref, send(unsent, WARM_UP_COLLECTION.equals(name) ? WARM_UP_TOPIC : null));
                alreadySent.put(ref, skipped);
            }
            List<DocRef> failed = new ArrayList<>();
            List<DocRef> done = new ArrayList<>();
            List<String> marked = new ArrayList<>();
            List<UpdateOneModel<Document>> marks = new ArrayList<>();
            for (DocRef ref : refs) {
                Published outcome = acknowledged(sending.get(ref));
                List<String> remove = new ArrayList<>(outcome.sent());
                remove.addAll(alreadySent.get(ref));
                if (!remove.isEmpty()) {
                    marks.add(new UpdateOneModel<>(Filters.eq("_id", ref.id()), Updates.pullByFilter(
                            new Document(FIELD, new Document("eventId", new Document("$in", remove))))));
                    marked.addAll(outcome.sent());
                }
                (outcome.complete() ? done : failed).add(ref);
            }
            if (!marks.isEmpty()) {
                try {
                    collection.bulkWrite(marks, new BulkWriteOptions().ordered(false));
                    recentlySent.addAll(marked);
                } catch (RuntimeException e) {
                    log.warn("Outbox relay published but could not mark {} document(s) sent; their events will be "
                            + "published again and deduplicated by consumers: {}", marks.size(), e.toString());
                    failed.addAll(done);
                    done.clear();
                }
            }
            done.forEach(inFlight::remove);
            return failed;
        }

        /**
         * Puts a document's pending events on the wire in order without waiting; stops after one the producer
         * refuses at once, so no later event of the document overtakes it. Each goes to its type's topic, or to
         * {@code topic} when not null.
         */
        private List<Sending> send(List<Document> pending, String topic) {
            List<Sending> sends = new ArrayList<>();
            for (Document event : pending) {
                CloudEvent cloudEvent = toCloudEvent(event);
                CompletableFuture<Void> acknowledged = topic == null ? publisher.send(cloudEvent)
                        : publisher.send(cloudEvent, topic);
                sends.add(new Sending(cloudEvent, acknowledged));
                if (acknowledged.isCompletedExceptionally()) {
                    break;
                }
            }
            return sends;
        }

        /**
         * Waits for the broker's answers to one document's events; what counts as sent is the events up to the
         * first refusal, so a document is never marked past an event Kafka does not have.
         */
        private Published acknowledged(List<Sending> sends) {
            List<String> sent = new ArrayList<>();
            for (Sending sending : sends) {
                try {
                    EventPublisher.await(sending.acknowledged(), sending.event());
                    sent.add(sending.event().id());
                } catch (RuntimeException e) {
                    failures.increment();
                    log.warn("Outbox relay could not publish event {} ({}); will retry: {}", sending.event().id(),
                            sending.event().type(), rootMessage(e));
                    published.increment(sent.size());
                    return new Published(sent, false);
                }
            }
            published.increment(sent.size());
            return new Published(sent, true);
        }
    }

    /** One event on its way to the broker. */
    private record Sending(CloudEvent event, CompletableFuture<Void> acknowledged) {
    }

    /** The events of one document the broker acknowledged, and whether that was all of them. */
    private record Published(List<String> sent, boolean complete) {
    }

    private CloudEvent toCloudEvent(Document event) {
        Date occurredAt = event.getDate("occurredAt");
        String payload = event.getString("payload");
        byte[] data = Boolean.TRUE.equals(event.getBoolean("tombstone")) ? null
                : payload == null ? new byte[0] : payload.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new CloudEvent(event.getString("eventId"), event.getString("type"), settings.source(),
                event.getString("subject"), occurredAt == null ? clock.instant() : occurredAt.toInstant(), data);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
