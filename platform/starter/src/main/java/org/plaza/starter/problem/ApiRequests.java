package org.plaza.starter.problem;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells API requests, which are answered with problem JSON, from page requests, which get an HTML
 * error page: everything under {@code /api/} or {@code /actuator/} is an API, and so is a request
 * whose preferred {@code Accept} type is JSON.
 */
public final class ApiRequests {

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = originalPath(request);
        if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/actuator/")) {
            return true;
        }
        return prefersJson(request.getHeader(HttpHeaders.ACCEPT));
    }

    /**
     * The path the client asked for, without the context path, also while an error page for it is
     * being rendered.
     */
    public static String originalPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream()
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                    .filter(type -> !type.isWildcardType())
                    .findFirst()
                    .map(type -> MediaType.APPLICATION_JSON.isCompatibleWith(type)
                            || "json".equals(type.getSubtypeSuffix()))
                    .orElse(false);
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }
}
