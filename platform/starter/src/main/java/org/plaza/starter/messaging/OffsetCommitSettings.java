package org.plaza.starter.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a consumer binding commits the offsets of the records it has handled.
 *
 * @param commitInterval a binding commits at most this often while records flow (Spring Kafka's {@code AckMode.TIME}),
 *                       and always when it stops or loses partitions; what a crash leaves uncommitted is delivered
 *                       again, so every consumer must be idempotent (the memory of handled events, or
 *                       {@code onIdempotent})
 */
@ConfigurationProperties("plaza.messaging.offsets")
public record OffsetCommitSettings(@DefaultValue("1s") Duration commitInterval) {
}
