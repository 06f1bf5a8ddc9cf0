package org.plaza.insights.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;
import org.plaza.insights.projection.messaging.ProjectionConsumers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the live consumers of the projections have taken, told without their memory of handled events (which the
 * idempotent handlers do not use): the consumer group {@value #GROUP} has committed every record the domain topics
 * held at a moment, and the starter's {@code plaza.events.consumed} counts of the consumer
 * {@value ProjectionConsumers#NAME} say how many of them a handler ran for ({@code handled}) or skipped as already
 * handled ({@code duplicate}). A handler that throws counts neither, so taken records that all counted were all
 * handled or knowingly skipped, none dead-lettered.
 */
public final class LiveConsumption implements AutoCloseable {

    /** The consumer group of the live bindings. */
    public static final String GROUP = "insights";

    private final ConsumerGroupLag lag;
    private final MeterRegistry meters;

    public LiveConsumption(String bootstrapServers, MeterRegistry meters) {
        this.lag = new ConsumerGroupLag(bootstrapServers);
        this.meters = meters;
    }

    /**
     * The counts of consumed events so far.
     *
     * @param handled    events a handler ran for
     * @param duplicates events skipped because the memory had them
     */
    public record Counts(long handled, long duplicates) {

        /** Events taken: handled or skipped as duplicates. */
        public long taken() {
            return handled + duplicates;
        }

        public Counts since(Counts before) {
            return new Counts(handled - before.handled, duplicates - before.duplicates);
        }
    }

    /** Waits until the group has committed every record the domain topics hold now, then reads the counts. */
    public Counts settled(Duration wait) {
        Map<TopicPartition, Long> ends = lag.ends(ConsumerGroupLag.domainTopics());
        await("the live consumers taking every record published so far").atMost(wait)
                .pollInterval(Duration.ofMillis(200)).until(() -> lag.behind(GROUP, ends) == 0);
        return counts();
    }

    public Counts counts() {
        return new Counts(count("handled"), count("duplicate"));
    }

    private long count(String outcome) {
        return (long) meters.find("plaza.events.consumed").tag("consumer", ProjectionConsumers.NAME)
                .tag("outcome", outcome).counters().stream().mapToDouble(Counter::count).sum();
    }

    @Override
    public void close() {
        lag.close();
    }
}
