package org.plaza.starter.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plaza.testsupport.time.MovableClock;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

@ExtendWith(OutputCaptureExtension.class)
class JobRunnerTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MovableClock clock = MovableClock.standingAt(Instant.parse("2026-01-05T10:00:00Z"));
    private final FakeScheduler scheduler = new FakeScheduler(clock);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Instant> runs = new ArrayList<>();

    private JobRunner runner(Map<String, JobSettings> settings, PlazaJob... jobs) {
        return new JobRunner(List.of(jobs), name -> settings.getOrDefault(name, JobSettings.NONE), Duration.ofMinutes(10),
                Duration.ofSeconds(1), (name, threads) -> scheduler, 2, clock, meters);
    }

    private JobRunner runner(PlazaJob... jobs) {
        return runner(Map.of(), jobs);
    }

    private PlazaJob counting(String name) {
        return PlazaJob.every(name, MINUTE, () -> runs.add(clock.instant()));
    }

    @Test
    void runsNothingBeforeTheContextStartsThenAfterTheInitialDelayAndEveryIntervalAfterEachRunEnds() {
        JobRunner runner = runner(PlazaJob.every("tick", MINUTE, () -> {
            runs.add(clock.instant());
            clock.advance(Duration.ofSeconds(5));
        }).startingAfter(Duration.ofSeconds(30)));
        scheduler.advance(Duration.ofHours(1));
        assertThat(runs).isEmpty();

        Instant started = clock.instant();
        runner.start();
        assertThat(runner.isRunning()).isTrue();
        scheduler.advance(Duration.ofSeconds(29));
        assertThat(runs).isEmpty();
        scheduler.advance(Duration.ofMinutes(3));

        assertThat(runs).containsExactly(started.plusSeconds(30), started.plusSeconds(95), started.plusSeconds(160));
    }

    @Test
    void stopCancelsWhatIsScheduledAndShutsTheSchedulerDownAndStartSchedulesAgain() {
        JobRunner runner = runner(counting("tick"));
        runner.start();
        scheduler.advance(MINUTE);
        runner.stop();

        assertThat(runner.isRunning()).isFalse();
        assertThat(scheduler.shutdowns).isEqualTo(1);
        scheduler.advance(Duration.ofHours(1));
        assertThat(runs).hasSize(1);

        runner.start();
        scheduler.advance(MINUTE);
        assertThat(runs).hasSize(2);
    }

    @Test
    void aJobIsScheduledAgainOnlyWhenItsRunHasEndedSoItNeverOverlapsItself() {
        AtomicInteger pendingDuringRun = new AtomicInteger(-1);
        JobRunner runner = runner(PlazaJob.every("slow", MINUTE, () -> {
            pendingDuringRun.set(scheduler.pending());
            clock.advance(Duration.ofMinutes(5));
        }));
        runner.start();
        scheduler.advance(MINUTE);

        assertThat(pendingDuringRun).hasValue(0);
        assertThat(scheduler.pending()).isEqualTo(1);
    }

    @Test
    void aRunStartedWhileTheSameJobIsRunningDoesNothing() {
        AtomicInteger runsOfTheJob = new AtomicInteger();
        JobRunner runner = runner(PlazaJob.every("reentrant", MINUTE, () -> {
            if (runsOfTheJob.incrementAndGet() == 1) {
                scheduler.runningTask().run();
            }
        }));
        runner.start();
        scheduler.next().run();

        assertThat(runsOfTheJob).hasValue(1);
        assertThat(scheduler.pending()).isEqualTo(1);
    }

    @Test
    void aFailingJobIsTriedAgainWithADelayGrowingUpToTheCapAndAfterItsIntervalOnceItSucceeds() {
        AtomicInteger failuresLeft = new AtomicInteger(6);
        JobRunner runner = runner(PlazaJob.every("flaky", MINUTE, () -> {
            runs.add(clock.instant());
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database down");
            }
        }));
        Instant t0 = clock.instant();
        runner.start();
        scheduler.advance(Duration.ofHours(2));

        List<Long> gaps = new ArrayList<>();
        Instant previous = t0;
        for (Instant run : runs.subList(0, 9)) {
            gaps.add(Duration.between(previous, run).toMinutes());
            previous = run;
        }
        assertThat(gaps).containsExactly(1L, 2L, 4L, 8L, 10L, 10L, 10L, 1L, 1L);
    }

    @Test
    void aFailureIsLoggedOncePerStreakAndTheRecoveryOnce(CapturedOutput output) {
        AtomicInteger failuresLeft = new AtomicInteger(3);
        JobRunner runner = runner(PlazaJob.every("flaky", MINUTE, () -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database down");
            }
        }));
        runner.start();
        scheduler.advance(Duration.ofMinutes(30));
        failuresLeft.set(2);
        scheduler.advance(Duration.ofMinutes(30));

        assertThat(output.getAll().split("Job flaky failed, will try again", -1)).hasSize(3);
        assertThat(output.getAll().split("Job flaky succeeded again after", -1)).hasSize(3);
        assertThat(output.getAll()).contains("succeeded again after 3 failed run(s)", "succeeded again after 2 failed run(s)");
    }

    @Test
    void countsRunsByOutcomeTimesThemAndGaugesTheAgeOfTheLastSuccess() {
        AtomicInteger run = new AtomicInteger();
        JobRunner runner = runner(PlazaJob.every("measured", MINUTE, () -> {
            clock.advance(Duration.ofSeconds(2));
            if (run.incrementAndGet() == 2) {
                throw new IllegalStateException("once");
            }
        }));
        assertThat(meters.get("plaza.jobs.last.success").tag("job", "measured").gauge().value()).isNaN();
        runner.start();
        scheduler.advance(Duration.ofMinutes(4).plusSeconds(6));

        assertThat(run).hasValue(3);
        assertThat(meters.get("plaza.jobs.runs").tags("job", "measured", "outcome", "ok").counter().count()).isEqualTo(2);
        assertThat(meters.get("plaza.jobs.runs").tags("job", "measured", "outcome", "failed").counter().count()).isEqualTo(1);
        assertThat(meters.get("plaza.jobs.duration").tag("job", "measured").timer().count()).isEqualTo(3);
        assertThat(meters.get("plaza.jobs.duration").tag("job", "measured").timer().totalTime(java.util.concurrent.TimeUnit.SECONDS))
                .isEqualTo(6);
        clock.advance(Duration.ofSeconds(30));
        assertThat(meters.get("plaza.jobs.last.success").tag("job", "measured").gauge().value()).isEqualTo(30);
    }

    @Test
    void propertiesDisableAJobOrChangeItsIntervalAndInitialDelay() {
        List<String> ran = new ArrayList<>();
        JobRunner runner = runner(Map.of("off", new JobSettings(false, null, null),
                "tuned", new JobSettings(true, Duration.ofMinutes(5), Duration.ZERO)),
                PlazaJob.every("off", MINUTE, () -> ran.add("off")),
                PlazaJob.every("tuned", MINUTE, () -> ran.add("tuned@" + clock.instant())));
        Instant t0 = clock.instant();
        runner.start();
        scheduler.advance(Duration.ofMinutes(10));

        assertThat(runner.jobNames()).containsExactly("tuned");
        assertThat(ran).containsExactly("tuned@" + t0, "tuned@" + t0.plus(Duration.ofMinutes(5)),
                "tuned@" + t0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void refusesTwoJobsWithOneNameAndNamesThatAreNotKebabCase() {
        assertThatThrownBy(() -> runner(counting("same"), counting("same"))).hasMessageContaining("same");
        assertThatThrownBy(() -> counting("Not Kebab")).isInstanceOf(IllegalArgumentException.class);
        assertThat(counting("comments.drive-closing").name()).isEqualTo("comments.drive-closing");
    }

    @Test
    void aTriggerRunsTheJobAtOnceWithItsOwnWorkAndLeavesTheScheduledRunsWhereTheyWere() {
        JobTrigger trigger = new JobTrigger();
        List<String> ran = new ArrayList<>();
        Instant t0 = clock.instant();
        JobRunner runner = runner(PlazaJob.every("poll", MINUTE, () -> ran.add("poll@" + clock.instant()))
                .triggeredBy(trigger, () -> ran.add("woken@" + clock.instant())));
        runner.start();
        scheduler.advance(Duration.ofSeconds(10));
        trigger.fire();
        scheduler.advance(Duration.ofSeconds(50));

        assertThat(ran).containsExactly("woken@" + t0.plusSeconds(10), "poll@" + t0.plusSeconds(60));
    }

    @Test
    void firesDuringARunMakeOneMoreRunRightAfterIt() {
        JobTrigger trigger = new JobTrigger();
        AtomicInteger runsOfTheJob = new AtomicInteger();
        JobRunner runner = runner(PlazaJob.whenTriggered("queue", trigger, () -> {
            if (runsOfTheJob.incrementAndGet() == 1) {
                trigger.fire();
                trigger.fire();
                trigger.fire();
            }
        }));
        runner.start();
        trigger.fire();
        scheduler.advance(Duration.ofHours(1));

        assertThat(runsOfTheJob).hasValue(2);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void aScheduledRunDueDuringATriggeredRunComesRightAfterIt() {
        JobTrigger trigger = new JobTrigger();
        List<String> ran = new ArrayList<>();
        JobRunner runner = runner(PlazaJob.every("both", MINUTE, () -> ran.add("scheduled"))
                .triggeredBy(trigger, () -> {
                    ran.add("triggered");
                    scheduler.next().run();
                }));
        runner.start();
        trigger.fire();
        scheduler.advance(Duration.ZERO);

        assertThat(ran).containsExactly("triggered", "scheduled");
        assertThat(scheduler.pending()).isEqualTo(1);
    }

    @Test
    void aTriggerFiredBeforeTheRunnerStartsRunsTheJobOnceItStartsAndOneFiredAfterItStopsRunsNothing() {
        JobTrigger trigger = new JobTrigger();
        JobRunner runner = runner(PlazaJob.whenTriggered("queue", trigger, () -> runs.add(clock.instant())));
        trigger.fire();
        scheduler.advance(MINUTE);
        assertThat(runs).isEmpty();

        runner.start();
        scheduler.advance(Duration.ZERO);
        assertThat(runs).hasSize(1);

        runner.stop();
        trigger.fire();
        runner.start();
        scheduler.advance(MINUTE);
        assertThat(runs).hasSize(1);
    }

    @Test
    void aDelayedFireRunsTheJobAfterTheDelayUnlessAnEarlierFireRunsItSooner() {
        JobTrigger trigger = new JobTrigger();
        Instant t0 = clock.instant();
        JobRunner runner = runner(PlazaJob.whenTriggered("later", trigger, () -> runs.add(clock.instant())));
        runner.start();
        trigger.fireIn(Duration.ofSeconds(30));
        trigger.fireIn(Duration.ofSeconds(50));
        scheduler.advance(MINUTE);
        assertThat(runs).containsExactly(t0.plusSeconds(30));

        trigger.fireIn(Duration.ofSeconds(30));
        scheduler.advance(Duration.ofSeconds(10));
        trigger.fire();
        scheduler.advance(MINUTE);
        assertThat(runs).containsExactly(t0.plusSeconds(30), t0.plusSeconds(70));
    }

    @Test
    void aJobThatOnlyRunsWhenTriggeredIsNotRetriedAfterAFailureUntilItIsTriggeredAgain(CapturedOutput output) {
        JobTrigger trigger = new JobTrigger();
        AtomicInteger attempts = new AtomicInteger();
        JobRunner runner = runner(PlazaJob.whenTriggered("fragile", trigger, () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("broken");
        }));
        runner.start();
        trigger.fire();
        scheduler.advance(Duration.ofHours(1));

        assertThat(attempts).hasValue(1);
        assertThat(output.getAll()).contains("Job fragile failed, will try again when triggered again");
        assertThat(meters.get("plaza.jobs.runs").tags("job", "fragile", "outcome", "failed").counter().count()).isEqualTo(1);
    }

    @Test
    void aJobOnItsOwnThreadGetsASchedulerOfItsOwnAndTheOthersShareOnePool() {
        List<String> created = new ArrayList<>();
        JobRunner runner = new JobRunner(List.of(counting("shared"), counting("alone").onItsOwnThread()),
                name -> JobSettings.NONE, Duration.ofMinutes(10), Duration.ofSeconds(1), (name, threads) -> {
                    created.add(name + "x" + threads);
                    return scheduler;
                }, 3, clock, meters);
        runner.start();
        runner.stop();

        assertThat(created).containsExactly("plaza-jobx3", "plaza-job-alonex1");
        assertThat(scheduler.shutdowns).isEqualTo(2);
    }

    @Test
    void aJobNeedsAnIntervalOrATrigger() {
        assertThatThrownBy(() -> new PlazaJob("nothing", null, Duration.ZERO, () -> { }))
                .hasMessageContaining("an interval or a trigger");
    }

    /** Runs scheduled tasks when the fake clock is advanced past their time, on the test's thread. */
    static final class FakeScheduler implements JobScheduler {
        private final MovableClock clock;
        private final List<Entry> entries = new ArrayList<>();
        private Runnable running;
        int shutdowns;

        FakeScheduler(MovableClock clock) {
            this.clock = clock;
        }

        private static final class Entry {
            final Runnable task;
            final Instant due;
            boolean cancelled;

            Entry(Runnable task, Instant due) {
                this.task = task;
                this.due = due;
            }
        }

        @Override
        public Scheduled schedule(Runnable task, Duration delay) {
            Entry entry = new Entry(task, clock.instant().plus(delay));
            entries.add(entry);
            return () -> entry.cancelled = true;
        }

        @Override
        public void shutdown(Duration grace) {
            shutdowns++;
            entries.clear();
        }

        int pending() {
            return (int) entries.stream().filter(e -> !e.cancelled).count();
        }

        Runnable runningTask() {
            return running;
        }

        /** Takes the next pending task off the schedule without running it. */
        Runnable next() {
            Entry first = entries.stream().filter(e -> !e.cancelled).min(Comparator.comparing(e -> e.due)).orElseThrow();
            entries.remove(first);
            running = first.task;
            return first.task;
        }

        void advance(Duration by) {
            Instant until = clock.instant().plus(by);
            while (true) {
                entries.removeIf(e -> e.cancelled);
                Entry first = entries.stream().min(Comparator.comparing(e -> e.due)).orElse(null);
                if (first == null || first.due.isAfter(until)) {
                    break;
                }
                entries.remove(first);
                if (first.due.isAfter(clock.instant())) {
                    clock.advance(Duration.between(clock.instant(), first.due));
                }
                running = first.task;
                first.task.run();
            }
            if (until.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), until));
            }
        }
    }
}
