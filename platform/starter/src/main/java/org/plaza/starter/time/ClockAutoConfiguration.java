package org.plaza.starter.time;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The service's {@link Clock}: the system clock in UTC. Services inject it instead of calling
 * {@code Instant.now()}; a test that declares its own {@code Clock} bean (a movable one) replaces it.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
