package org.plaza.petitions.signature;

/** A field of a signature that cannot be accepted, with the message key that says why. */
public record FieldProblem(String field, String messageKey) {
}
