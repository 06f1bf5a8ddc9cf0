package org.plaza.supporters.supporter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hand-over sources of the services name the actions organizers filter on. */
class ActionKindTest {

    @Test
    void aMeetingRsvpHandedOverByOutreachIsTheActionRsvped() {
        assertThat(ActionKind.ofShareSource("MEETING_RSVP")).isEqualTo(ActionKind.RSVPED);
        assertThat(ActionKind.ofShareSource("SHIFT_SIGNUP")).isEqualTo(ActionKind.SIGNED_UP);
        assertThat(ActionKind.ofShareSource("SOMETHING_ELSE")).isNull();
    }
}
