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
        return model(locale, switchLanguageUrl(request, locale));
    }

    /**
     * The layout's model for an error page. Its language switch opens the same address in the other language
     * when that is a resident page asked for with a GET (the same error, now readable); otherwise (a form
     * post, a staff page refused or not found) the start page in the other language, so an error page never
     * repeats the ids of an address that was refused.
     */
    public static Map<String, Object> ofErrorPage(HttpServletRequest request, Locale locale) {
        String method = request.getAttribute(RequestDispatcher.ERROR_METHOD) instanceof String original
                ? original : request.getMethod();
        boolean residentPage = ("GET".equals(method) || "HEAD".equals(method)) && !isStaffPath(path(request));
        return model(locale, residentPage ? switchLanguageUrl(request, locale)
                : UriComponentsBuilder.fromPath("/").queryParam("lang", other(locale)).build().toUriString());
    }

    private static Map<String, Object> model(Locale locale, String switchLanguageUrl) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(LANGUAGE, locale.getLanguage());
        model.put(OTHER_LANGUAGE, other(locale));
        model.put(SWITCH_LANGUAGE_URL, switchLanguageUrl);
        return model;
    }

    private static boolean isStaffPath(String path) {
        return path.equals("/staff") || path.startsWith("/staff/");
    }

    static String switchLanguageUrl(HttpServletRequest request, Locale locale) {
        String query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
                ? (request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) instanceof String original ? original : null)
                : request.getQueryString();
        String path = path(request);
        try {
            return UriComponentsBuilder.fromPath(path).query(query)
                    .replaceQueryParam("lang", other(locale)).build().toUriString();
        } catch (IllegalArgumentException malformed) {
            return UriComponentsBuilder.fromPath(path).replaceQueryParam("lang", other(locale)).build().toUriString();
        }
    }

    /** The path asked for, without the context path, also while an error page for it is rendered. */
    private static String path(HttpServletRequest request) {
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original
                ? original : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    static String other(Locale locale) {
        return "es".equals(locale.getLanguage()) ? "en" : "es";
    }
}
