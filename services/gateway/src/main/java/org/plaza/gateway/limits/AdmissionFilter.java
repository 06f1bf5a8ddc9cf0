package org.plaza.gateway.limits;

import java.io.IOException;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.plaza.starter.problem.LocalizedProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Admission control on the requests of some rate-limit rules (resident writes by default): each holds a place of
 * the {@link Admission} from here until it is answered; with every place taken, 503 with {@code Retry-After} at
 * once, as the localized "busy" page for forms or problem JSON for APIs (the starter's error pages, in the
 * resident's language). Nothing refused reaches a service, so a refused write is never half done. Metrics:
 * {@code plaza.gateway.admission.refused}, and the gauge {@code plaza.gateway.admission.in-progress}.
 */
class AdmissionFilter extends OncePerRequestFilter {

    static final String MESSAGE_KEY = "gateway.problem.busy";

    private final Admission admission;
    private final RateLimiter rules;
    private final Set<String> admittedRules;
    private final Counter refused;

    AdmissionFilter(Admission admission, RateLimiter rules, Set<String> admittedRules, MeterRegistry meters) {
        this.admission = admission;
        this.rules = rules;
        this.admittedRules = Set.copyOf(admittedRules);
        this.refused = meters.counter("plaza.gateway.admission.refused");
        meters.gauge("plaza.gateway.admission.in-progress", admission, Admission::inProgress);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return admission.places() <= 0
                || rules.ruleFor(request.getMethod(), path, true).filter(admittedRules::contains).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admission.tryEnter()) {
            refused.increment();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, admission.retryAfter().toSeconds())));
            request.setAttribute(LocalizedProblems.MESSAGE_KEY_ATTRIBUTE, MESSAGE_KEY);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }
}
