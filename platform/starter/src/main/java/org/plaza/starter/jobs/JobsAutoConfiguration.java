package org.plaza.starter.jobs;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The service's one {@link JobRunner}, running every {@link PlazaJob} bean. {@code plaza.jobs.max-backoff}
 * (default 1h) caps the delay after failures, {@code plaza.jobs.threads} (default 2) sizes the pool,
 * {@code plaza.jobs.shutdown-grace} (default 10s) is how long shutdown waits for runs under way, and
 * {@code plaza.jobs.<name>.enabled|interval|initial-delay} override one job.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
public class JobsAutoConfiguration {

    @Bean
    JobRunner plazaJobRunner(ObjectProvider<PlazaJob> jobs, Environment environment,
            ObjectProvider<MeterRegistry> meters) {
        Binder binder = Binder.get(environment);
        Duration maxBackoff = binder.bind("plaza.jobs.max-backoff", Duration.class).orElse(Duration.ofHours(1));
        Duration grace = binder.bind("plaza.jobs.shutdown-grace", Duration.class).orElse(Duration.ofSeconds(10));
        int threads = binder.bind("plaza.jobs.threads", Integer.class).orElse(2);
        return new JobRunner(jobs.orderedStream().toList(),
                name -> binder.bind("plaza.jobs." + name, Bindable.of(JobSettings.class)).orElse(JobSettings.NONE),
                maxBackoff, grace, ExecutorJobScheduler::new, threads, Clock.systemUTC(),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
