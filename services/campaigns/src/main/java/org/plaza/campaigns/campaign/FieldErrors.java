package org.plaza.campaigns.campaign;

import java.util.ArrayList;
import java.util.List;

import org.plaza.starter.problem.PlazaProblem;

/** Collects every invalid field of a request, so the organizer sees all of them at once. */
final class FieldErrors {

    private record Entry(String field, String messageKey, Object[] arguments) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(String field, String messageKey, Object... arguments) {
        entries.add(new Entry(field, messageKey, arguments));
    }

    /** A 400 validation problem listing every field, if there is any. */
    void throwIfAny() {
        if (entries.isEmpty()) {
            return;
        }
        PlazaProblem problem = PlazaProblem.badRequest("validation", "plaza.problem.validation");
        entries.forEach(entry -> problem.withFieldError(entry.field(), entry.messageKey(), entry.arguments()));
        throw problem;
    }
}
