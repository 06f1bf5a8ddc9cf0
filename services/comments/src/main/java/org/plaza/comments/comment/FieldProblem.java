package org.plaza.comments.comment;

/** A field the resident has to fix, with the message key (and its arguments) that says how. */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
