package org.plaza.starter.problem;

/**
 * One entry of a problem's {@code errors} array: which field is wrong, and why, in the request's language.
 *
 * @param field   the JSON property or form field path ({@code email}, {@code shifts[2].date}); null when
 *                the error concerns the request as a whole
 * @param message the localized explanation
 */
public record FieldMessage(String field, String message) {
}
