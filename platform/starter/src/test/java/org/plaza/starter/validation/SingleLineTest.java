package org.plaza.starter.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** A one-line text refuses every kind of line break and nothing else. */
class SingleLineTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Title(@SingleLine String text) {
    }

    @Test
    void everyKindOfLineBreakIsRefusedAndItsMessageIsTheStartersKey() {
        for (String broken : new String[] { "Agua\nlimpia", "Agua\r\nlimpia", "Agua\rlimpia", "Agua\u2028limpia",
                "Agua\u2029limpia", "Agua\u0085limpia", "Agua\u000Blimpia", "Agua\u000Climpia", "Agua limpia\n" }) {
            Set<ConstraintViolation<Title>> violations = VALIDATOR.validate(new Title(broken));

            assertThat(violations).as(broken).singleElement().satisfies(violation -> assertThat(
                    violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())
                    .isEqualTo(SingleLine.MESSAGE_KEY));
        }
    }

    @Test
    void oneLineWithAccentsTabsAndPunctuationPassesAndSoDoesNothing() {
        assertThat(VALIDATOR.validate(new Title("¡Agua limpia para Oasis! — «ya»\tsí"))).isEmpty();
        assertThat(VALIDATOR.validate(new Title(null))).isEmpty();
        assertThat(SingleLineCheck.breaks("")).isFalse();
    }
}
