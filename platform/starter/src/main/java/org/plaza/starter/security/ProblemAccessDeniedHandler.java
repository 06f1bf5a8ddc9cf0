package org.plaza.starter.security;

import java.io.IOException;

import org.plaza.starter.problem.ApiRequests;
import org.plaza.starter.problem.LocalizedProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 403 as a localized problem for API calls, and the error page for pages; a failed CSRF check on a
 * form says that the form expired, which is what happened to the resident.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private static final String CSRF_KEY = "plaza.problem.csrf";

    private final LocalizedProblems problems;

    ProblemAccessDeniedHandler(LocalizedProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        boolean csrf = exception instanceof CsrfException;
        if (ApiRequests.isApi(request)) {
            if (BearerTokens.present(request) && !csrf) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
            }
            problems.write(request, response, csrf
                    ? problems.create(request, HttpStatus.FORBIDDEN, "csrf", CSRF_KEY)
                    : problems.forStatus(request, HttpStatus.FORBIDDEN));
            return;
        }
        if (csrf) {
            request.setAttribute(LocalizedProblems.MESSAGE_KEY_ATTRIBUTE, CSRF_KEY);
        }
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
