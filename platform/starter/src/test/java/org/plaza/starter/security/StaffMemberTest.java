package org.plaza.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class StaffMemberTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void readsTheStaffRolesAmongTheAuthoritiesAndLeavesTheRestOut() {
        StaffMember member = StaffMember.of(new TestingAuthenticationToken("stf-7", null, "ROLE_ORGANIZER",
                "ROLE_MODERATOR", "SCOPE_openid", "ROLE_SUPERUSER", "ADMIN"));

        assertThat(member.id()).isEqualTo("stf-7");
        assertThat(member.roles()).containsExactlyInAnyOrder(StaffRole.ORGANIZER, StaffRole.MODERATOR);
        assertThat(member.isOrganizer()).isTrue();
        assertThat(member.isModerator()).isTrue();
        assertThat(member.isAdmin()).isFalse();
        assertThat(member.isOperator()).isFalse();
    }

    @Test
    void theSignedInMemberIsTheOneOnThisThread() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("stf-admin", null, "ROLE_ADMIN", "ROLE_OPERATOR"));

        StaffMember member = StaffMember.current();

        assertThat(member).isEqualTo(new StaffMember("stf-admin", Set.of(StaffRole.OPERATOR, StaffRole.ADMIN)));
        assertThat(member.has(StaffRole.ADMIN)).isTrue();
    }

    @Test
    void nobodySignedInIsRefusedAsForbidden() {
        assertThatThrownBy(StaffMember::current).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rolesCannotBeChangedAfterTheFact() {
        StaffMember member = StaffMember.of(new TestingAuthenticationToken("stf-1", null, "ROLE_OPERATOR"));

        assertThatThrownBy(() -> member.roles().add(StaffRole.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }
}
