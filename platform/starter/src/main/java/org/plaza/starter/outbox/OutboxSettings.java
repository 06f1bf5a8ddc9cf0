package org.plaza.starter.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox relay works through its backlog.
 *
 * @param enabled      whether this instance relays at all (a read-only replica may switch it off)
 * @param workers      relay threads; an aggregate always goes to the same one, so its events stay in order
 * @param batchSize    documents one worker loads and publishes per round
 * @param sweepInterval how often the collections are scanned for events nobody hinted (another instance
 *                     crashed); each instance also sweeps at start-up
 * @param sweepMinAge  how old a pending event must be before the sweep takes it, so it does not race the
 *                     fast path of the instance that wrote it
 * @param maxBackoff   longest pause between attempts while Kafka does not answer
 * @param source       the CloudEvents {@code source} of this service's events
 */
@ConfigurationProperties("plaza.outbox")
public record OutboxSettings(boolean enabled, int workers, int batchSize, Duration sweepInterval,
        Duration sweepMinAge, Duration maxBackoff, String source) {

    public OutboxSettings {
        workers = Math.max(1, workers);
        batchSize = Math.max(1, batchSize);
    }
}
