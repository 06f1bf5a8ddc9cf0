package org.plaza.starter.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.starter.jobs.JobRunnerTest.FakeScheduler;
import org.plaza.testsupport.time.MovableClock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class JobQueueTest {

    private final MovableClock clock = MovableClock.standingAt(Instant.parse("2026-01-05T10:00:00Z"));
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private final JobQueue<String> queue = new JobQueue<>();
    private final List<String> done = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    private JobRunner runner(PlazaJob job) {
        return new JobRunner(List.of(job), name -> JobSettings.NONE, Duration.ofMinutes(10), Duration.ofSeconds(1),
                (name, threads) -> scheduler, 2, clock, new SimpleMeterRegistry());
    }

    @Test
    void worksOffItemsInOrderOnceEachGoingOnAfterAFailure() {
        JobRunner runner = runner(queue.job("test.queue", item -> {
            if (item.equals("bad")) {
                throw new IllegalStateException("no");
            }
            done.add(item);
        }, (item, e) -> failed.add(item + ": " + e.getMessage())));
        runner.start();
        queue.add("a");
        queue.add("bad");
        queue.add("a");
        queue.add("b");
        scheduler.advance(Duration.ZERO);

        assertThat(done).containsExactly("a", "b");
        assertThat(failed).containsExactly("bad: no");
    }

    @Test
    void anItemAddedWhileItsWorkRunsIsWorkedOffAgainAfterwards() {
        JobRunner runner = runner(queue.job("test.queue", item -> {
            done.add(item);
            if (done.size() == 1) {
                queue.add(item);
            }
        }, (item, e) -> failed.add(item)));
        runner.start();
        queue.add("petition-1");
        scheduler.advance(Duration.ZERO);

        assertThat(done).containsExactly("petition-1", "petition-1");
    }

    @Test
    void itemsAddedBeforeTheRunnerStartsAreWorkedOffWhenItStartsOnAThreadOfTheQueuesOwn() {
        PlazaJob job = queue.job("test.queue", done::add, (item, e) -> failed.add(item));
        queue.add("early");
        JobRunner runner = runner(job);
        runner.start();
        scheduler.advance(Duration.ZERO);

        assertThat(done).containsExactly("early");
        assertThat(job.ownThread()).isTrue();
        assertThat(job.scheduled()).isFalse();
    }
}
