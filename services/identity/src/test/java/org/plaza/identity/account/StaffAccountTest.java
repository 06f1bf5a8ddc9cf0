package org.plaza.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.events.identity.StaffActionAudited;
import org.plaza.starter.outbox.PendingEvent;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.security.StaffRole;

class StaffAccountTest {

    private static final Instant NOW = Instant.parse("2026-05-04T17:00:00Z");

    @Test
    void anInvitationIsAuditedAsCreatedByTheAdministrator() {
        StaffAccount account = invite();

        assertThat(audits(account)).singleElement().satisfies(audit -> {
            assertThat(audit.staffId()).isEqualTo("stf_admin");
            assertThat(audit.action()).isEqualTo("CREATE");
            assertThat(audit.itemType()).isEqualTo("STAFF_ACCOUNT");
            assertThat(audit.itemId()).isEqualTo("stf_maria");
            assertThat(audit.service()).isEqualTo("identity");
        });
        assertThat(account.passwordChangeRequired()).isTrue();
    }

    @Test
    void aRoleChangeIsAuditedOnlyWhenTheRolesDiffer() {
        StaffAccount account = invite();

        account.changeRoles(EnumSet.of(StaffRole.ORGANIZER), "stf_admin", NOW);
        account.changeRoles(EnumSet.of(StaffRole.ORGANIZER, StaffRole.MODERATOR), "stf_admin", NOW);

        assertThat(audits(account)).extracting(StaffActionAudited::action).containsExactly("CREATE", "ROLE_CHANGE");
        assertThat(account.roles()).containsExactlyInAnyOrder(StaffRole.ORGANIZER, StaffRole.MODERATOR);
    }

    @Test
    void anAccountKeepsAtLeastOneRole() {
        StaffAccount account = invite();

        assertThatThrownBy(() -> account.changeRoles(EnumSet.noneOf(StaffRole.class), "stf_admin", NOW))
                .isInstanceOf(PlazaProblem.class);
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdminRoleNorDisableThemselves() {
        StaffAccount admin = StaffAccount.firstAdministrator("stf_admin", "admin", null, "{noop}x", false, NOW);

        assertThatThrownBy(() -> admin.changeRoles(EnumSet.of(StaffRole.OPERATOR), "stf_admin", NOW))
                .isInstanceOf(PlazaProblem.class).hasFieldOrPropertyWithValue("type", "own-admin-role");
        assertThatThrownBy(() -> admin.disable("stf_admin", NOW))
                .isInstanceOf(PlazaProblem.class).hasFieldOrPropertyWithValue("type", "own-account");
    }

    @Test
    void aClientLockedOutOfTheAccountIsAuditedOnIt() {
        StaffAccount account = invite();

        account.lockedOutOneClient(NOW);

        assertThat(audits(account)).extracting(StaffActionAudited::action).containsExactly("CREATE", "LOCK_OUT");
    }

    @Test
    void aPasswordResetRequiresANewPassword() {
        StaffAccount account = invite();
        account.changePassword("{noop}own", NOW);

        account.resetPassword("{noop}otp", "stf_admin", NOW);

        assertThat(account.passwordChangeRequired()).isTrue();
        assertThat(audits(account)).extracting(StaffActionAudited::action)
                .containsExactly("CREATE", "PASSWORD_CHANGE", "PASSWORD_RESET");
    }

    private static StaffAccount invite() {
        return StaffAccount.invite("stf_maria", "maria", "María", "maria@example.org", EnumSet.of(StaffRole.ORGANIZER), "{noop}otp",
                "stf_admin", NOW);
    }

    private static List<StaffActionAudited> audits(StaffAccount account) {
        return account.pendingEvents().stream().map(StaffAccountTest::payload).toList();
    }

    /** The raised event itself (the outbox serializes it only when the account is saved). */
    private static StaffActionAudited payload(PendingEvent pending) {
        try {
            Field event = PendingEvent.class.getDeclaredField("event");
            event.setAccessible(true);
            return (StaffActionAudited) event.get(pending);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
