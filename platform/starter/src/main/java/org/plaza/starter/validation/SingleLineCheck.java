package org.plaza.starter.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SingleLine}: no CR, LF, vertical tab, form feed, next-line, line or paragraph separator. */
public final class SingleLineCheck implements ConstraintValidator<SingleLine, CharSequence> {

    /** Whether {@code text} has a line break in it (null has none). */
    public static boolean breaks(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return !breaks(value);
    }
}
