package org.plaza.starter.security;

import java.io.IOException;

import org.plaza.starter.problem.ApiRequests;
import org.plaza.starter.problem.LocalizedProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 for API calls ({@link ApiRequests}: under {@code /api/}, or a client that prefers JSON) as a localized
 * problem with {@code WWW-Authenticate: Bearer} (never the token decoder's internal message); pages go to the
 * given page entry point. The starter's chain uses it with {@code staffPageEntryPoint}; a service with a
 * session chain of its own (identity's sign-in) puts its sign-in redirect behind it, so an API client is never
 * answered with a redirect to a sign-in page.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final LocalizedProblems problems;
    private final AuthenticationEntryPoint pages;

    public ProblemAuthenticationEntryPoint(LocalizedProblems problems, AuthenticationEntryPoint pages) {
        this.problems = problems;
        this.pages = pages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (!ApiRequests.isApi(request)) {
            pages.commence(request, response, exception);
            return;
        }
        ProblemDetail problem;
        if (exception instanceof OAuth2AuthenticationException) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problem = problems.create(request, HttpStatus.UNAUTHORIZED, "invalid-token", "plaza.problem.invalid-token");
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problem = problems.forStatus(request, HttpStatus.UNAUTHORIZED);
        }
        problems.write(request, response, problem);
    }
}
