package org.plaza.starter.logging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Replaces the secret segments of request paths before they are logged. A pattern is a path whose
 * segments are literals, {@code *} (any one segment, kept), {@code {name}} (any one segment, a secret:
 * written as {@code {name}}) and a final {@code **} (the rest, kept):
 * {@code /outreach/me/*}{@code /{key}/**} logs {@code /outreach/me/vol_1/4fJ…/signups} as
 * {@code /outreach/me/vol_1/{key}/signups}. As a safety net for a link nobody listed, any segment that looks
 * like a random token (32 or more URL-safe base64 characters mixing upper case, lower case and digits) is
 * written {@code {redacted}}; Plaza's ids are lower case and stay readable.
 */
public final class CapabilityPaths {

    /** The request attribute holding the redacted path, for the Tomcat access log ({@code %{plaza.path}r}). */
    public static final String ATTRIBUTE = "plaza.path";
    private static final Pattern TOKEN_LIKE = Pattern.compile("(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9])[A-Za-z0-9_-]{32,}");

    private final List<String[]> patterns;

    private CapabilityPaths(List<String[]> patterns) {
        this.patterns = patterns;
    }

    public static CapabilityPaths of(List<String> patterns) {
        List<String[]> parsed = new ArrayList<>();
        for (String pattern : patterns == null ? List.<String>of() : patterns) {
            String trimmed = pattern.strip();
            if (!trimmed.isEmpty()) {
                parsed.add(segments(trimmed));
            }
        }
        return new CapabilityPaths(List.copyOf(parsed));
    }

    /** The path as it may be logged. */
    public String redact(String path) {
        if (path == null || path.isEmpty()) {
            return path;
        }
        String[] segments = segments(path);
        for (String[] pattern : patterns) {
            if (matches(pattern, segments)) {
                for (int i = 0; i < pattern.length && i < segments.length; i++) {
                    if (isSecret(pattern[i])) {
                        segments[i] = pattern[i];
                    }
                }
                break;
            }
        }
        for (int i = 0; i < segments.length; i++) {
            if (TOKEN_LIKE.matcher(segments[i]).matches()) {
                segments[i] = "{redacted}";
            }
        }
        String joined = String.join("/", segments);
        boolean trailingSlash = path.endsWith("/") && segments.length > 0;
        return (path.startsWith("/") ? "/" : "") + joined + (trailingSlash ? "/" : "");
    }

    /** The path the client asked for (also while its error page is rendered), redacted. */
    public String loggablePath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        String context = request.getContextPath();
        return redact(context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length())
                : uri);
    }

    private static boolean matches(String[] pattern, String[] segments) {
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("**")) {
                return true;
            }
            if (i >= segments.length) {
                return false;
            }
            if (!pattern[i].equals("*") && !isSecret(pattern[i]) && !pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return pattern.length == segments.length;
    }

    private static boolean isSecret(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }
}
