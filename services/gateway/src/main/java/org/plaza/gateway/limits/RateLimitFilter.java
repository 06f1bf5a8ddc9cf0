package org.plaza.gateway.limits;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.plaza.gateway.client.ClientAddresses;
import org.plaza.starter.problem.LocalizedProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Counts resident writes, staff sign-in attempts and anonymous starts of a sign-in per client; over the limit, 429 with
 * {@code Retry-After} (seconds) and the localized "too many attempts" page, or problem JSON for APIs.
 * Runs before security, so refused requests cost no CSRF check, session or proxying. The client
 * address is never logged; the metric {@code plaza.gateway.rate.limited} counts refusals per rule.
 */
class RateLimitFilter extends OncePerRequestFilter {

    static final String MESSAGE_KEY = "gateway.problem.rate-limited";

    private final RateLimiter limiter;
    private final MeterRegistry meters;

    RateLimitFilter(RateLimiter limiter, MeterRegistry meters) {
        this.limiter = limiter;
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Object client = request.getAttribute(ClientAddresses.ATTRIBUTE);
        boolean anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && (request.getRequestedSessionId() == null || !request.isRequestedSessionIdValid());
        Optional<Duration> wait = limiter.acquire(request.getMethod(), path,
                client != null ? client.toString() : request.getRemoteAddr(), anonymous);
        if (wait.isPresent()) {
            meters.counter("plaza.gateway.rate.limited", "rule",
                    limiter.ruleFor(request.getMethod(), path, anonymous).orElse("none")).increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()));
            request.setAttribute(LocalizedProblems.MESSAGE_KEY_ATTRIBUTE, MESSAGE_KEY);
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
