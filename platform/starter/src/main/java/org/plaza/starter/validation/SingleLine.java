package org.plaza.starter.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A text that is one line: a title, a name, a place (a campaign's, petition's, drive's, shift's or meeting's title, a
 * public body's name). A line break (CR, LF, or the Unicode line and paragraph separators) is refused: such a text
 * ends up in a page heading, a subject line, a text message, a CSV cell or a PDF line, where a break either
 * disappears or splits it. Null passes (pair it with {@code @NotBlank} where the text is required). Its message is the
 * starter's {@value #MESSAGE_KEY} (es, en), next to the field on forms and in the problem's {@code errors} on APIs;
 * rules that check without Bean Validation use {@link SingleLineCheck#breaks(CharSequence)} and the same key.
 */
@Documented
@Retention(RUNTIME)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Constraint(validatedBy = SingleLineCheck.class)
public @interface SingleLine {

    /** The message key, in the starter's bundles. */
    String MESSAGE_KEY = "SingleLine";

    String message() default "{" + MESSAGE_KEY + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
