package org.plaza.starter.problem;

import org.plaza.starter.logging.CapabilityPaths;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces Boot's error controller (and its whitelabel page) for whatever reaches the servlet
 * container's error page: {@code sendError} from Spring Security or Spring MVC, and exceptions thrown
 * outside controllers. Same answers as {@link ProblemExceptionHandler}: problem JSON or the error page.
 */
@Controller
@RequestMapping("${spring.web.error.path:${error.path:/error}}")
class PlazaErrorController implements ErrorController {

    private final LocalizedProblems problems;
    private final ErrorAttributes errorAttributes;
    private final CapabilityPaths paths;

    PlazaErrorController(LocalizedProblems problems, ErrorAttributes errorAttributes, CapabilityPaths paths) {
        this.problems = problems;
        this.errorAttributes = errorAttributes;
        this.paths = paths;
    }

    @RequestMapping
    Object error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatusCode status = status(request);
        ProblemDetail problem;
        if (ProblemExceptionHandler.isServerError(status)) {
            problem = ProblemExceptionHandler.unexpected(problems, paths, request,
                    errorAttributes.getError(new ServletWebRequest(request)));
            problem.setStatus(status.value());
        } else if (request.getAttribute(LocalizedProblems.MESSAGE_KEY_ATTRIBUTE) instanceof String key) {
            problem = problems.create(request, status, null, key);
        } else {
            problem = problems.forStatus(request, status);
        }
        return ProblemResponses.respond(request, response, problem, new HttpHeaders());
    }

    /**
     * The status of the failure being answered. A client that asks for the error path itself (no error dispatch)
     * asked for an address the site does not have: 404, not an unexpected failure logged at ERROR with a stack trace.
     */
    private static HttpStatusCode status(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            return HttpStatus.NOT_FOUND;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value && value >= 400 ? HttpStatusCode.valueOf(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
