package org.plaza.starter.layout;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the shared layout needs on every page: the page's language, the other language, and a link to the
 * same page in the other language that keeps the query string (a half-typed search, a filter) intact.
 * While an error page is rendered for a request, the link points at the address the resident asked for,
 * not at the error path.
 */
public final class LayoutAttributes {

    public static final String LANGUAGE = "plazaLanguage";
    public static final String OTHER_LANGUAGE = "plazaOtherLanguage";
    public static final String SWITCH_LANGUAGE_URL = "plazaSwitchLanguageUrl";

    private LayoutAttributes() {
    }

    /** The layout's model for a page in {@code locale} answering {@code request}. */
    public static Map<String, Object> of(HttpServletRequest request, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(LANGUAGE, locale.getLanguage());
        model.put(OTHER_LANGUAGE, other(locale));
        model.put(SWITCH_LANGUAGE_URL, switchLanguageUrl(request, locale));
        return model;
    }

    static String switchLanguageUrl(HttpServletRequest request, Locale locale) {
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
            uri = original;
            query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) instanceof String originalQuery
                    ? originalQuery : null;
        }
        String context = request.getContextPath();
        String path = context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
        try {
            return UriComponentsBuilder.fromPath(path).query(query)
                    .replaceQueryParam("lang", other(locale)).build().toUriString();
        } catch (IllegalArgumentException malformed) {
            return UriComponentsBuilder.fromPath(path).replaceQueryParam("lang", other(locale)).build().toUriString();
        }
    }

    static String other(Locale locale) {
        return "es".equals(locale.getLanguage()) ? "en" : "es";
    }
}
