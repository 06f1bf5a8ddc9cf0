package org.plaza.starter.security;

import java.io.IOException;

import org.plaza.starter.problem.ApiRequests;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Creates the CSRF token (and its cookie) when a page is requested, before the template starts
 * writing: a long page may commit the response before Thymeleaf reaches the form, and a cookie set
 * after that would be lost.
 */
class CsrfTokenEagerLoader extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (HttpMethod.GET.matches(request.getMethod()) && !ApiRequests.isApi(request) && !isFile(request)
                && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }

    /** Stylesheets, scripts and images never contain forms. */
    private static boolean isFile(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.lastIndexOf('.') > path.lastIndexOf('/');
    }
}
