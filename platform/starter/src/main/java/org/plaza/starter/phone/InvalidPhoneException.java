package org.plaza.starter.phone;

import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;

/**
 * A number Plaza cannot text. Answered as a 400 validation problem on the field {@code phone} with the message of
 * its {@link PhoneProblem}; the number itself is never part of the message, so it cannot reach a log.
 */
public class InvalidPhoneException extends PlazaProblem {

    private final PhoneProblem problem;

    InvalidPhoneException(PhoneProblem problem) {
        super(HttpStatus.BAD_REQUEST, "validation", "plaza.problem.validation");
        this.problem = problem;
        withFieldError("phone", problem.messageKey());
    }

    /** Why the number was refused. */
    public PhoneProblem problem() {
        return problem;
    }
}
