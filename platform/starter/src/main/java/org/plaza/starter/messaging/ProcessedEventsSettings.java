package org.plaza.starter.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long consumers remember the events they handled.
 *
 * @param retention     how long a handled event id is kept: longer than any window in which the event can be
 *                      delivered again (Kafka keeps Plaza's topics 7 days by default, the notification requests 3)
 * @param purgeInterval how often ids older than the retention are deleted (the embedded MongoDB ignores TTL indexes)
 */
@ConfigurationProperties("plaza.messaging.processed-events")
public record ProcessedEventsSettings(@DefaultValue("30d") Duration retention,
        @DefaultValue("1h") Duration purgeInterval) {
}
