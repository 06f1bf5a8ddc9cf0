package org.plaza.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.plaza.insights.replay.Replay;
import org.plaza.starter.problem.PlazaProblem;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** Asking for a replay while one runs is a 409 problem detail (localized by the starter), not a bare status. */
class ReplayRefusalTest {

    @Test
    void aSecondReplayWhileOneRunsIsRefusedWithAConflictProblem() {
        Replay replay = mock(Replay.class);
        when(replay.start("admin-1")).thenReturn(false);
        DashboardApi api = new DashboardApi(null, null, null, null, replay);

        PlazaProblem refused = catchThrowableOfType(PlazaProblem.class,
                () -> api.startReplay(new TestingAuthenticationToken("admin-1", null, "ROLE_ADMIN")));

        assertThat(refused.getStatus().value()).isEqualTo(409);
        assertThat(refused.getType()).isEqualTo("replay-running");
        assertThat(refused.getMessageKey()).isEqualTo("insights.problem.replay-running");
    }
}
