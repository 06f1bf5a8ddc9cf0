package org.plaza.starter.locale;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Remembers a language chosen with {@code ?lang=} in the {@code plaza_lang} cookie, for every request
 * (pages, APIs, error pages), before anything can commit the response.
 */
class LanguageCookieFilter extends OncePerRequestFilter {

    private final PlazaLocaleResolver resolver;

    LanguageCookieFilter(PlazaLocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        resolver.requested(request).ifPresent(locale -> resolver.setLocale(request, response, locale));
        chain.doFilter(request, response);
    }
}
