package org.plaza.starter.locale;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Picks the response language, first match wins: the {@code ?lang=} query parameter, the
 * {@code plaza_lang} cookie, the {@code Accept-Language} header, then the configured default.
 * Only supported languages count at every step. The choice is kept on the request, so an error page
 * rendered later for the same request speaks the same language.
 */
public final class PlazaLocaleResolver implements LocaleResolver {

    /** Query parameter that selects, and remembers, a language. */
    public static final String PARAMETER = "lang";
    /** Cookie that remembers the chosen language for a year. */
    public static final String COOKIE = "plaza_lang";
    static final Duration COOKIE_MAX_AGE = Duration.ofDays(365);

    private static final String RESOLVED = PlazaLocaleResolver.class.getName() + ".locale";

    private final LocaleSettings settings;

    public PlazaLocaleResolver(LocaleSettings settings) {
        this.settings = settings;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
            return resolved;
        }
        Locale locale = requested(request)
                .or(() -> remembered(request))
                .or(() -> accepted(request))
                .orElse(settings.defaultLocale());
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    /** Remembers {@code locale} in the {@code plaza_lang} cookie; unsupported languages are ignored. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Locale> chosen = supported(locale == null ? null : locale.getLanguage());
        if (chosen.isEmpty()) {
            return;
        }
        request.setAttribute(RESOLVED, chosen.get());
        ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen.get().toLanguageTag())
                .path("/")
                .maxAge(COOKIE_MAX_AGE)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** The supported language named by {@code ?lang=} on this request, if any. */
    Optional<Locale> requested(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        try {
            return supported(UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(PARAMETER));
        } catch (IllegalArgumentException malformedQuery) {
            return Optional.empty();
        }
    }

    private Optional<Locale> remembered(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        return cookie == null ? Optional.empty() : supported(cookie.getValue());
    }

    private Optional<Locale> accepted(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), settings.supported()));
        } catch (IllegalArgumentException malformedHeader) {
            return Optional.empty();
        }
    }

    private Optional<Locale> supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag.trim()).getLanguage();
        return settings.supported().stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
