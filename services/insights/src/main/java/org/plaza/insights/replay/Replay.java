package org.plaza.insights.replay;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.plaza.insights.projection.Facts;
import org.plaza.insights.projection.messaging.ProjectionConsumers;
import org.plaza.insights.projection.messaging.ProjectionGate;
import org.plaza.starter.jobs.JobTrigger;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.messaging.PoisonMessageException;
import org.plaza.starter.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Rebuilds every projection from the start of the domain topics. While it runs, live consumers wait at
 * the {@link ProjectionGate} (a message that arrives meanwhile is handled after the replay, or
 * skipped as already processed when the replay read it too); the replay goes through the same
 * handlers and the same processed-event memory, so duplicates in the topics are skipped exactly as
 * they were live, and it ends with the same numbers. It runs in the background as the job {@code insights.replay},
 * on a thread of its own, when an operator starts it.
 */
@Service
public class Replay {

    static final String RUNS = "insights_replays";
    private static final Logger log = LoggerFactory.getLogger(Replay.class);
    private static final int ATTEMPTS = 4;

    private final ProjectionGate gate;
    private final ProjectionConsumers consumers;
    private final ProcessedEvents processedEvents;
    private final MongoTemplate mongo;
    private final KafkaAdmin kafkaAdmin;
    private final Clock clock;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile ReplayStatus status = ReplayStatus.idle();
    private volatile Runnable onProgress = () -> { };
    private final JobTrigger requested = new JobTrigger();

    Replay(ProjectionGate gate, ProjectionConsumers consumers, ProcessedEvents processedEvents, MongoTemplate mongo,
            KafkaAdmin kafkaAdmin, Clock clock, MeterRegistry meters) {
        this.gate = gate;
        this.consumers = consumers;
        this.processedEvents = processedEvents;
        this.mongo = mongo;
        this.kafkaAdmin = kafkaAdmin;
        this.clock = clock;
        Gauge.builder("plaza.insights.replay.progress", this, r -> r.status().percent() / 100.0)
                .description("Progress of the current or last projection replay, 0 to 1").register(meters);
    }

    /** The current replay, or the last one. */
    public ReplayStatus status() {
        ReplayStatus current = status;
        if (current.running()) {
            return new ReplayStatus(current.state(), current.total(), processed.get(), skipped.get(),
                    current.startedAt(), null, current.requestedBy(), null);
        }
        return current;
    }

    /** Something to call while a replay makes progress and when it ends. */
    public void onProgress(Runnable listener) {
        this.onProgress = listener;
    }

    /**
     * Starts a replay in the background; does nothing if one is running.
     *
     * @return true if this call started it
     */
    public synchronized boolean start(String requestedBy) {
        if (status.running()) {
            return false;
        }
        processed.set(0);
        skipped.set(0);
        status = new ReplayStatus(ReplayStatus.State.RUNNING, 0, 0, 0, clock.instant(), null, requestedBy, null);
        requested.fire();
        return true;
    }

    /** The replay as a job that runs when {@link #start} asks for it. */
    @Bean
    static PlazaJob replayJob(Replay replay) {
        return PlazaJob.whenTriggered("insights.replay", replay.requested, replay::run).onItsOwnThread();
    }

    private void run() {
        ReplayStatus started = status;
        log.info("Replay of {} requested by {} starting", consumers.topics(), started.requestedBy());
        try {
            gate.exclusively(() -> {
                for (String collection : Facts.ALL) {
                    mongo.getCollection(collection).deleteMany(new Document());
                }
                processedEvents.forget(ProjectionConsumers.NAME);
                new TopicReader(bootstrapServers())
                        .read(consumers.topics(), total -> status = new ReplayStatus(ReplayStatus.State.RUNNING, total,
                                0, 0, started.startedAt(), null, started.requestedBy(), null), this::handle);
            });
            finish(ReplayStatus.State.DONE, null);
        } catch (RuntimeException e) {
            log.error("Replay failed after {} records", processed.get(), e);
            finish(ReplayStatus.State.FAILED, e.getClass().getSimpleName());
        }
    }

    private String bootstrapServers() {
        Object servers = kafkaAdmin.getConfigurationProperties().get("bootstrap.servers");
        return servers instanceof java.util.Collection<?> list
                ? String.join(",", list.stream().map(String::valueOf).toList()) : String.valueOf(servers);
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() != null) {
            Message<byte[]> message = toMessage(record);
            for (int attempt = 1; ; attempt++) {
                try {
                    consumers.forTopic(record.topic()).accept(message);
                    break;
                } catch (PoisonMessageException e) {
                    skipped.incrementAndGet();
                    break;
                } catch (RuntimeException e) {
                    if (attempt >= ATTEMPTS) {
                        throw e;
                    }
                    pause(attempt);
                }
            }
        }
        if (processed.incrementAndGet() % 500 == 0) {
            onProgress.run();
        }
    }

    private void finish(ReplayStatus.State state, String error) {
        ReplayStatus running = status;
        ReplayStatus done = new ReplayStatus(state, running.total(), processed.get(), skipped.get(),
                running.startedAt(), clock.instant(), running.requestedBy(), error);
        status = done;
        mongo.getCollection(RUNS).insertOne(new Document("startedAt", Date.from(done.startedAt()))
                .append("finishedAt", Date.from(done.finishedAt())).append("state", state.name())
                .append("records", done.processed()).append("skipped", done.skipped())
                .append("requestedBy", done.requestedBy()).append("error", error));
        log.info("Replay {}: {} records read, {} skipped", state, done.processed(), done.skipped());
        onProgress.run();
    }

    static Message<byte[]> toMessage(ConsumerRecord<byte[], byte[]> record) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value())
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic())
                .setHeader(KafkaHeaders.RECEIVED_PARTITION, record.partition())
                .setHeader(KafkaHeaders.OFFSET, record.offset());
        for (Header header : record.headers()) {
            message.setHeader(header.key(), header.value());
        }
        return message.build();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay interrupted", e);
        }
    }
}
