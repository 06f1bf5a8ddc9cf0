package org.plaza.starter.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class JobsAutoConfigurationTest {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JobsAutoConfiguration.class))
            .withBean("countingJob", PlazaJob.class,
                    () -> PlazaJob.every("test.counting", Duration.ofHours(1), RUNS::incrementAndGet));

    @Test
    void runsTheJobBeansOfTheContextWithThePropertiesOfEach() {
        int before = RUNS.get();
        context.withPropertyValues("plaza.jobs.test.counting.initial-delay=0s").run(ctx -> {
            assertThat(ctx.getBean(JobRunner.class).jobNames()).containsExactly("test.counting");
            await().untilAsserted(() -> assertThat(RUNS.get()).isGreaterThan(before));
        });
    }

    @Test
    void aJobDisabledByPropertyIsNotRun() {
        context.withPropertyValues("plaza.jobs.test.counting.enabled=false")
                .run(ctx -> assertThat(ctx.getBean(JobRunner.class).jobNames()).isEmpty());
    }
}
