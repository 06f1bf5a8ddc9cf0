package org.plaza.starter.form;

import org.plaza.starter.problem.PlazaProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The status of a page rendered again because the request was refused, in one place. A form that comes back with
 * messages next to its fields answers {@code 400}; a page that comes back with a refusal (a {@link PlazaProblem}:
 * an overlap, a cancelled shift, a closed petition) answers that refusal's status (409, 400, 429…). Never 200: a
 * browser, an assistive tool, a script or a monitor sees that nothing happened. What the page shows stays the
 * controller's business: the form object and its {@code BindingResult} in the model keep what was typed and put the
 * messages, in the user's language, next to their fields.
 *
 * <pre>{@code
 * if (errors.hasErrors()) {
 *     return FormAnswers.withErrors(response, page(form, model));
 * }
 * }</pre>
 */
public final class FormAnswers {

    private FormAnswers() {
    }

    /** The form again with its field errors: {@code 400}; returns {@code view}. */
    public static String withErrors(HttpServletResponse response, String view) {
        return withStatus(response, HttpStatus.BAD_REQUEST, view);
    }

    /** The page again with the refusal it shows: the refusal's status; returns {@code view}. */
    public static String refused(HttpServletResponse response, PlazaProblem refusal, String view) {
        return withStatus(response, refusal.getStatus(), view);
    }

    /**
     * The page again with a refusal whose status the controller decides (a confirmation whose code was wrong, 400, or
     * whose item closed, 409); returns {@code view}.
     *
     * @throws IllegalArgumentException for a status that is not a client or server error
     */
    public static String withStatus(HttpServletResponse response, HttpStatusCode status, String view) {
        if (!status.isError()) {
            throw new IllegalArgumentException("A refused form answers an error status, not " + status);
        }
        response.setStatus(status.value());
        return view;
    }
}
