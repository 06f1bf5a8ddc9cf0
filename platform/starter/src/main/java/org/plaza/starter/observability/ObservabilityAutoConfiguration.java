package org.plaza.starter.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.mongodb.client.MongoClient;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Every meter carries the tag {@code service=<spring.application.name>}, and the {@code mongo} health
 * indicator (part of the readiness group, see {@code plaza-defaults/observability.properties}) pings
 * MongoDB in place of Boot's check.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
public class ObservabilityAutoConfiguration {

    /** Tag on every meter that names the service. */
    public static final String SERVICE_TAG = "service";

    @Bean
    MeterRegistryCustomizer<MeterRegistry> plazaServiceTag(Environment environment) {
        String service = environment.getProperty("spring.application.name", "application");
        return registry -> registry.config().commonTags(SERVICE_TAG, service);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ MongoClient.class, HealthIndicator.class })
    @ConditionalOnBean(MongoClient.class)
    static class MongoHealth {

        @Bean
        @ConditionalOnMissingBean(name = "mongoHealthIndicator")
        MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
            return new MongoPingHealthIndicator(client);
        }
    }
}
