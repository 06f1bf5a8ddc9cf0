package org.plaza.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void acceptsALongPassphraseOfUnrelatedWords() {
        assertThat(POLICY.refusal("mesquite canal sunrise 7", "maria.lopez", "María López")).isEmpty();
        assertThat(POLICY.refusal("correcthorsebatterystaple", "maria.lopez", null)).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharactersCountingLettersNotBytes() {
        assertThat(POLICY.refusal("ñandú-árbol", "x", null)).contains("identity.password.too-short");
        assertThat(POLICY.refusal("ñandú-árbol!", "x", null)).isEmpty();
    }

    @Test
    void refusesListedPasswordsAndTheirDecoratedForms() {
        assertThat(POLICY.refusal("1qaz2wsx3edc", "x", null)).contains("identity.password.common");
        assertThat(POLICY.refusal("Sunshine2024!", "x", null)).contains("identity.password.common");
        assertThat(POLICY.refusal("P@ssw0rd123456", "x", null)).contains("identity.password.common");
        assertThat(POLICY.refusal("passwordpassword", "x", null)).contains("identity.password.common");
        assertThat(POLICY.refusal("contraseña2025", "x", null)).contains("identity.password.common");
        assertThat(POLICY.refusal("Coachella2026!", "x", null)).contains("identity.password.common");
    }

    @Test
    void refusesRepetitions() {
        assertThat(POLICY.refusal("zzzzzzzzzzzzzz", "x", null)).contains("identity.password.repetitive");
        assertThat(POLICY.refusal("xq7xq7xq7xq7", "x", null)).contains("identity.password.repetitive");
    }

    @Test
    void refusesPasswordsBuiltOnTheUserNameOrName() {
        assertThat(POLICY.refusal("maria.lopez#2026", "maria.lopez", null)).contains("identity.password.personal");
        assertThat(POLICY.refusal("Ramirez-Xochitl-7", "xochi", "Xochitl Ramirez")).contains("identity.password.personal");
    }

    @Test
    void refusesMoreThan128Characters() {
        assertThat(POLICY.refusal("a1b2c3d4e5".repeat(13), "x", null)).contains("identity.password.too-long");
    }
}
