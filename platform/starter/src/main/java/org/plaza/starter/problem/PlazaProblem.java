package org.plaza.starter.problem;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * A failure a service reports to the client on purpose. Answered as problem details whose type is
 * {@code <plaza.problem.type-base><type>}, whose detail is the message {@code messageKey} (formatted
 * with the arguments) and whose title is the message {@code messageKey + ".title"} (or a generic title
 * for the status), both from the service's or the starter's bundles in the request's language.
 *
 * <pre>
 * throw PlazaProblem.conflict("petition-closed", "petitions.problem.closed", petition.title());
 * </pre>
 */
public class PlazaProblem extends RuntimeException {

    private final HttpStatusCode status;
    private final String type;
    private final String messageKey;
    private final Object[] arguments;
    private final List<Field> fieldErrors = new ArrayList<>();

    public PlazaProblem(HttpStatusCode status, String type, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.type = type;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static PlazaProblem badRequest(String type, String messageKey, Object... arguments) {
        return new PlazaProblem(HttpStatus.BAD_REQUEST, type, messageKey, arguments);
    }

    public static PlazaProblem notFound(String type, String messageKey, Object... arguments) {
        return new PlazaProblem(HttpStatus.NOT_FOUND, type, messageKey, arguments);
    }

    public static PlazaProblem conflict(String type, String messageKey, Object... arguments) {
        return new PlazaProblem(HttpStatus.CONFLICT, type, messageKey, arguments);
    }

    /** Adds an entry to the problem's {@code errors} array, its message from the bundles. */
    public PlazaProblem withFieldError(String field, String messageKey, Object... arguments) {
        fieldErrors.add(new Field(field, messageKey, arguments.clone()));
        return this;
    }

    public HttpStatusCode getStatus() {
        return status;
    }

    public String getType() {
        return type;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    public List<Field> getFieldErrors() {
        return List.copyOf(fieldErrors);
    }

    /** A field named in a {@link PlazaProblem}, with the message key that explains it. */
    public record Field(String name, String messageKey, Object[] arguments) {
    }
}
