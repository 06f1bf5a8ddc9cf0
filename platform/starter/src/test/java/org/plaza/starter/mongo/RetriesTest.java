package org.plaza.starter.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

class RetriesTest {

    @Test
    void runsTheAttemptAgainAfterAConflictAndReturnsWhatTheFirstUnconflictedAttemptReturned() {
        AtomicInteger calls = new AtomicInteger();

        String saved = Retries.onConflict(5, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new OptimisticLockingFailureException("conflict " + calls.get());
            }
            return "saved on " + calls.get();
        });

        assertThat(saved).isEqualTo("saved on 3");
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpAfterTheGivenNumberOfAttemptsWithTheLastConflict() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Retries.onConflict(5, () -> {
            throw new OptimisticLockingFailureException("conflict " + calls.incrementAndGet());
        })).isInstanceOf(OptimisticLockingFailureException.class).hasMessage("conflict 5");
        assertThat(calls).hasValue(5);
    }

    @Test
    void neverRunsAgainAfterAnExceptionThatIsNotAConflict() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> Retries.onConflict(5, (Runnable) () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("not found");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void aDuplicateKeyIsRetriedOnlyWhenTheCallerExpectsARacingInsert() {
        AtomicInteger plain = new AtomicInteger();
        assertThatThrownBy(() -> Retries.onConflict(5, () -> {
            plain.incrementAndGet();
            throw new DuplicateKeyException("raced insert");
        })).isInstanceOf(DuplicateKeyException.class);
        assertThat(plain).hasValue(1);

        AtomicInteger racing = new AtomicInteger();
        int saved = Retries.onConflictOrDuplicateKey(3, () -> {
            if (racing.incrementAndGet() == 1) {
                throw new DuplicateKeyException("raced insert");
            }
            return racing.get();
        });
        assertThat(saved).isEqualTo(2);
    }

    @Test
    void whenEveryAttemptConflictsTheCallerMayAnswerInsteadOfThrowing() {
        AtomicInteger calls = new AtomicInteger();

        String answer = Retries.onConflict(3, () -> {
            throw new OptimisticLockingFailureException("conflict " + calls.incrementAndGet());
        }, last -> "gave up after " + last.getMessage());

        assertThat(answer).isEqualTo("gave up after conflict 3");
        assertThat(Retries.onConflict(3, () -> "saved", last -> "gave up")).isEqualTo("saved");
    }
}
