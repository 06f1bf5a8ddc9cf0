package org.plaza.starter.supporter;

import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;

/**
 * An address that cannot be an email address. Answered as a 400 validation problem on the field
 * {@code email}; the address itself is never part of the message, so it cannot reach a log.
 */
public class InvalidEmailException extends PlazaProblem {

    InvalidEmailException() {
        super(HttpStatus.BAD_REQUEST, "validation", "plaza.problem.validation");
        withFieldError("email", "plaza.supporter.email.invalid");
    }
}
