package org.plaza.starter.problem;

import java.util.List;

import org.plaza.starter.logging.CapabilityPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.util.DisconnectedClientHelper;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Answers every exception a controller lets escape: problem JSON for APIs, the error page for pages.
 * It runs after any advice a service declares with a higher precedence, and leaves Spring Security's
 * exceptions to Spring Security, which answers 401 or 403.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final LocalizedProblems problems;
    private final ProblemSettings settings;
    private final CapabilityPaths paths;

    ProblemExceptionHandler(LocalizedProblems problems, ProblemSettings settings, CapabilityPaths paths) {
        this.problems = problems;
        this.settings = settings;
        this.paths = paths;
    }

    @ExceptionHandler(PlazaProblem.class)
    Object plazaProblem(PlazaProblem problem, HttpServletRequest request, HttpServletResponse response) {
        ProblemDetail detail = problems.create(request, problem.getStatus(), problem.getType(),
                problem.getMessageKey(), problem.getArguments());
        problems.withErrors(detail, problem.getFieldErrors().stream()
                .map(field -> new FieldMessage(field.name(), problems.message(request,
                        InputErrors.resolvable(field.messageKey(), field.arguments()))))
                .toList());
        return ProblemResponses.respond(request, response, detail, new HttpHeaders());
    }

    /** {@code @Valid @RequestBody} ({@code MethodArgumentNotValidException}) and form objects. */
    @ExceptionHandler(BindException.class)
    Object invalidInput(BindException exception, HttpServletRequest request, HttpServletResponse response) {
        return validation(request, response, InputErrors.of(exception.getBindingResult()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException exception, HttpServletRequest request,
            HttpServletResponse response) {
        return validation(request, response, InputErrors.of(exception));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object constraintViolations(ConstraintViolationException exception, HttpServletRequest request,
            HttpServletResponse response) {
        return validation(request, response, InputErrors.of(exception.getConstraintViolations()));
    }

    /** Unknown fields, wrong types, malformed JSON, invalid UTF-8 and a missing body. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException exception, HttpServletRequest request,
            HttpServletResponse response) {
        JacksonException cause = jacksonCause(exception);
        ProblemDetail problem;
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = InputErrors.jsonPath(unknown);
            if (field == null || !field.endsWith(unknown.getPropertyName())) {
                field = field == null ? unknown.getPropertyName() : field + "." + unknown.getPropertyName();
            }
            problem = badInput(request, "unknown-field", field, InputErrors.resolvable("plaza.problem.unknown-field.field"));
        } else if (cause instanceof MismatchedInputException mismatch) {
            String field = InputErrors.jsonPath(mismatch);
            problem = field == null
                    ? problems.create(request, HttpStatus.BAD_REQUEST, "invalid-value", "plaza.problem.invalid-value.shape")
                    : badInput(request, "invalid-value", field, InputErrors.wrongType(mismatch.getTargetType()));
        } else if (cause == null && exception.getCause() == null && exception.getMessage() != null
                && exception.getMessage().startsWith("Required request body is missing")) {
            problem = problems.create(request, HttpStatus.BAD_REQUEST, "missing-body", "plaza.problem.missing-body");
        } else {
            problem = problems.create(request, HttpStatus.BAD_REQUEST, "malformed-body", "plaza.problem.malformed-body");
        }
        return ProblemResponses.respond(request, response, problem, new HttpHeaders());
    }

    private static JacksonException jacksonCause(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    /** A path variable or request parameter that does not convert, such as {@code /petitions/abc} for a number. */
    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(TypeMismatchException exception, HttpServletRequest request, HttpServletResponse response) {
        String field = exception instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName() : exception.getPropertyName();
        ProblemDetail problem = badInput(request, "invalid-value", field, InputErrors.wrongType(exception.getRequiredType()));
        return ProblemResponses.respond(request, response, problem, new HttpHeaders());
    }

    /**
     * A form field name the data binder cannot follow, such as {@code email[$ne]} or {@code title.es}
     * sent to a flat form: bad input, never a server error.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    Object invalidProperty(InvalidPropertyException exception, HttpServletRequest request, HttpServletResponse response) {
        ProblemDetail problem = problems.create(request, HttpStatus.BAD_REQUEST, "bad-request", "plaza.problem.bad-request");
        return ProblemResponses.respond(request, response, problem, new HttpHeaders());
    }

    @ExceptionHandler({ MissingServletRequestParameterException.class, MissingRequestHeaderException.class,
            MissingRequestCookieException.class, MissingServletRequestPartException.class })
    Object missingValue(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        String field;
        if (exception instanceof MissingServletRequestParameterException parameter) {
            field = parameter.getParameterName();
        } else if (exception instanceof MissingRequestHeaderException header) {
            field = header.getHeaderName();
        } else if (exception instanceof MissingRequestCookieException cookie) {
            field = cookie.getCookieName();
        } else {
            field = ((MissingServletRequestPartException) exception).getRequestPartName();
        }
        ProblemDetail problem = badInput(request, "missing-parameter", field,
                InputErrors.resolvable("plaza.problem.missing-parameter.field"));
        return ProblemResponses.respond(request, response, problem, new HttpHeaders());
    }

    /** The data store did not answer: say so, and never acknowledge what was not saved. */
    @ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            QueryTimeoutException.class, MongoTimeoutException.class, MongoSocketException.class })
    Object storeUnavailable(Exception exception, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Data store unavailable on {} {}: {}", request.getMethod(), paths.loggablePath(request),
                exception.toString());
        ProblemDetail problem = problems.create(request, HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                "plaza.problem.store-unavailable");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, settings.retryAfter().toSeconds())));
        return ProblemResponses.respond(request, response, problem, headers);
    }

    /**
     * Spring MVC's own exceptions (404, 405, 406, 415, 413 …) by their status, and anything unexpected
     * as a 500 with an error id that is logged together with the stack trace. Spring Security's
     * exceptions and a client that went away are left to Spring.
     */
    @ExceptionHandler(Exception.class)
    Object other(Exception exception, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException
                || DisconnectedClientHelper.isClientDisconnectedException(exception)) {
            throw exception;
        }
        if (exception instanceof ErrorResponse error && !isServerError(error.getStatusCode())) {
            ProblemDetail problem = problems.forStatus(request, error.getStatusCode());
            return ProblemResponses.respond(request, response, problem, error.getHeaders());
        }
        return ProblemResponses.respond(request, response, unexpected(problems, paths, request, exception),
                new HttpHeaders());
    }

    private Object validation(HttpServletRequest request, HttpServletResponse response, List<InputErrors.Located> errors) {
        ProblemDetail problem = problems.create(request, HttpStatus.BAD_REQUEST, "validation", "plaza.problem.validation");
        problems.withErrors(problem, errors.stream()
                .map(error -> new FieldMessage(error.field(), problems.message(request, error.message())))
                .toList());
        return ProblemResponses.respond(request, response, problem, new HttpHeaders());
    }

    private ProblemDetail badInput(HttpServletRequest request, String type, String field,
            MessageSourceResolvable message) {
        ProblemDetail problem = problems.create(request, HttpStatus.BAD_REQUEST, type, "plaza.problem." + type);
        return problems.withErrors(problem, List.of(new FieldMessage(field, problems.message(request, message))));
    }

    /**
     * A 500 that tells the client only a reference; the log gets the reference, the path without its
     * capability tokens, and the stack trace.
     */
    static ProblemDetail unexpected(LocalizedProblems problems, CapabilityPaths paths, HttpServletRequest request,
            Throwable exception) {
        String errorId = ErrorIds.next();
        if (exception == null) {
            log.error("Unexpected error {} on {} {}", errorId, request.getMethod(), paths.loggablePath(request));
        } else {
            log.error("Unexpected error {} on {} {}", errorId, request.getMethod(), paths.loggablePath(request),
                    exception);
        }
        ProblemDetail problem = problems.create(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "plaza.problem.internal-error", errorId);
        problem.setProperty(LocalizedProblems.ERROR_ID, errorId);
        return problem;
    }

    static boolean isServerError(HttpStatusCode status) {
        return status.is5xxServerError() && status.value() != HttpStatus.SERVICE_UNAVAILABLE.value();
    }
}
