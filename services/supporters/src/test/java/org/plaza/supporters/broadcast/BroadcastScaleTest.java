package org.plaza.supporters.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.plaza.starter.id.Ids;
import org.plaza.starter.outbox.OutboxAggregate;
import org.plaza.supporters.testing.StoredAudience;
import org.plaza.supporters.testing.SupportersTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * How long queuing a large broadcast takes on the embedded stack, and how much heap it holds while doing it. It
 * measures and logs, and asserts only that every recipient was queued once (never a time: the machine is shared).
 * The size is {@code -Dplaza.broadcast.scale} (default 5,000) and the number of runs {@code -Dplaza.broadcast.runs}
 * (default 1); the README's figure is the median of three runs of 50,000:
 * {@code ./mvnw -o -B verify -pl services/supporters -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=BroadcastScaleTest -Dplaza.broadcast.scale=50000 -Dplaza.broadcast.runs=3}, then
 * {@code grep 'Broadcast scale'} in the output.
 */
@SupportersTest
class BroadcastScaleTest {

    private static final Logger log = LoggerFactory.getLogger(BroadcastScaleTest.class);

    @Autowired
    BroadcastQueue queue;

    @Autowired
    Broadcasts broadcasts;

    @Autowired
    StoredAudience audience;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aLargeBroadcastIsQueuedOncePerRecipientWithoutHoldingTheAudience() throws InterruptedException {
        int size = Integer.getInteger("plaza.broadcast.scale", 5000);
        for (int run = 1; run <= Integer.getInteger("plaza.broadcast.runs", 1); run++) {
            queueOnce(size, run);
        }
    }

    private void queueOnce(int size, int run) throws InterruptedException {
        String campaign = Ids.random("cmp");
        audience.add(campaign, campaign + "-", size, 10, null, "MECCA");
        Instant now = Instant.now();
        Broadcast broadcast = Broadcast.draft(Ids.next("brd", now), campaign,
                new Message("La junta se reúne el martes", "Gracias por firmar. ".repeat(30)),
                new Message("The board meets on Tuesday", "Thank you for signing. ".repeat(30)),
                AudienceFilter.everyone(), "org-ana", now);
        broadcast.requestSend(null, size, Long.MAX_VALUE, "org-ana", now);
        broadcasts.save(broadcast);

        long readStarted = System.nanoTime();
        try (var all = audience.stream(campaign, AudienceFilter.everyone(), null)) {
            assertThat(all.count()).isEqualTo(size);
        }
        long readMillis = (System.nanoTime() - readStarted) / 1_000_000;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        assertThat(queue.queueIfDue(broadcast.id())).isTrue();
        long queuedMillis = (System.nanoTime() - started) / 1_000_000;
        sampler.interrupt();
        sampler.join();

        Query pending = Query.query(Criteria.where("broadcastId").is(broadcast.id())
                .and(OutboxAggregate.OUTBOX_FIELD + ".eventId").exists(true));
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> !mongo.exists(pending, RecipientBatch.class));
        long publishedMillis = (System.nanoTime() - started) / 1_000_000;

        Broadcast sent = broadcasts.findById(broadcast.id()).orElseThrow();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        log.info("Broadcast scale run {}: {} recipients ({} queued, {} skipped) queued in {} ms (reading the audience alone: "
                + "{} ms), all published by the relay after {} ms; heap before {} MB, peak while queuing {} MB, after {} MB", run, size,
                sent.queued(), sent.skipped(), queuedMillis, readMillis, publishedMillis, before / 1_048_576,
                peak.get() / 1_048_576, after / 1_048_576);
        assertThat(sent.queued() + sent.skipped()).isEqualTo(size);
        assertThat(sent.skipped()).isEqualTo(size / 10);
    }
}
