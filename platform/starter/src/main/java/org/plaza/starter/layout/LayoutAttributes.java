package org.plaza.starter.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plaza.starter.logging.CapabilityPaths;
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
    /** The page's own path in its language ({@code /petitions/agua?lang=es}), made absolute for {@code og:url}. */
    public static final String CANONICAL_PATH = "plazaCanonicalPath";
    /**
     * What a page says about itself in a link preview ({@code og:description}); a page puts it in its model, and
     * the layout falls back to the site's own description ({@code plaza.layout.description}) without it.
     */
    public static final String DESCRIPTION = "plazaDescription";
    /** The staff navigation ({@link StaffNavigation.Link}s) of a staff page, empty on every other page. */
    public static final String STAFF_NAV = "plazaStaffNav";

    private LayoutAttributes() {
    }

    /** The layout's model for a page in {@code locale} answering {@code request}. */
    public static Map<String, Object> of(HttpServletRequest request, Locale locale) {
        return model(locale, switchLanguageUrl(request, locale), canonicalPath(request, locale));
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
        String home = UriComponentsBuilder.fromPath("/").queryParam("lang", other(locale)).build().toUriString();
        Map<String, Object> model = model(locale, residentPage ? switchLanguageUrl(request, locale) : home,
                residentPage ? canonicalPath(request, locale) : "/?lang=" + locale.getLanguage());
        model.put(STAFF_NAV, staffNavigation(request));
        return model;
    }

    private static Map<String, Object> model(Locale locale, String switchLanguageUrl, String canonicalPath) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(LANGUAGE, locale.getLanguage());
        model.put(OTHER_LANGUAGE, other(locale));
        model.put(SWITCH_LANGUAGE_URL, switchLanguageUrl);
        model.put(CANONICAL_PATH, canonicalPath);
        return model;
    }

    private static boolean isStaffPath(String path) {
        return StaffNavigation.isStaffPath(path);
    }

    static List<StaffNavigation.Link> staffNavigation(HttpServletRequest request) {
        return StaffNavigation.forCurrentRequest(path(request));
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

    /**
     * The page's path with only its language as query: a share's {@code src}, a filter or a token never become
     * part of the address a preview names. A personal page (a path with a capability token, which the logs
     * redact: {@link CapabilityPaths#ATTRIBUTE}) names the start page instead, so no preview repeats its secret.
     */
    static String canonicalPath(HttpServletRequest request, Locale locale) {
        String path = path(request);
        Object redacted = request.getAttribute(CapabilityPaths.ATTRIBUTE);
        String named = redacted instanceof String loggable && !loggable.equals(path) ? "/" : path;
        return UriComponentsBuilder.fromPath(named).queryParam("lang", locale.getLanguage()).build().toUriString();
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
