package org.plaza.comments.comment;

import java.util.List;

import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;

/**
 * The form has fields to fix: pages show them next to the fields, the API answers a validation problem
 * with one entry per field.
 */
public class InvalidCommentException extends PlazaProblem {

    private final transient List<FieldProblem> problems;

    InvalidCommentException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, "validation", "plaza.problem.validation");
        this.problems = List.copyOf(problems);
        problems.forEach(problem -> withFieldError(problem.field(), problem.messageKey(), problem.arguments()));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
