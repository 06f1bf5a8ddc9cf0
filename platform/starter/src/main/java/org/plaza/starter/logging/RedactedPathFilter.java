package org.plaza.starter.logging;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Puts the redacted path on every request ({@link CapabilityPaths#ATTRIBUTE}) for the Tomcat access log. */
class RedactedPathFilter extends OncePerRequestFilter {

    private final CapabilityPaths paths;

    RedactedPathFilter(CapabilityPaths paths) {
        this.paths = paths;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(CapabilityPaths.ATTRIBUTE, paths.loggablePath(request));
        chain.doFilter(request, response);
    }
}
