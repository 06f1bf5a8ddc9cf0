package org.plaza.starter.webtest;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Email;

/** A validated service, whose bad input surfaces as a {@code ConstraintViolationException}. */
@Service
@Validated
class Volunteers {

    String register(@Email String email) {
        return email;
    }
}
