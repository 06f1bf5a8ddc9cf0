package org.plaza.comments.comment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.comments.comment.FieldProblem;
import org.springframework.context.MessageSource;

/** Field problems as the messages a resident reads next to each field, first problem per field. */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            errors.putIfAbsent(problem.field(), messages.getMessage(problem.messageKey(), problem.arguments(), locale));
        }
        return errors;
    }
}
