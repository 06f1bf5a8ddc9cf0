package org.plaza.outreach.volunteer;

/** A field of the sign-up and the message key saying what is wrong with it. */
public record FieldError(String field, String messageKey) {
}
