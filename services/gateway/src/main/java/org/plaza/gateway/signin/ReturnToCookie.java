package org.plaza.gateway.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.plaza.starter.problem.ApiRequests;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Remembers the staff page an anonymous visitor asked for in a cookie, not in a session: only the path and
 * query of a GET for a page (an API call just gets 401), read back only as a path on this origin (never {@code //host}), so it can neither fill the
 * gateway's memory nor send anyone elsewhere after sign-in.
 */
final class ReturnToCookie implements RequestCache {

    static final String NAME = SignInCookies.PREFIX + "return";
    private static final int MAX_LENGTH = 2048;

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        if (!"GET".equals(request.getMethod()) || ApiRequests.isApi(request)) {
            return;
        }
        String path = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (isLocalPath(path) && path.length() <= MAX_LENGTH) {
            SignInCookies.write(request, response, NAME,
                    Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        return SignInCookies.read(request, NAME).map(ReturnToCookie::decode).filter(ReturnToCookie::isLocalPath)
                .map(SimpleSavedRequest::new).orElse(null);
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        SignInCookies.expire(request, response, NAME);
    }

    private static String decode(String value) {
        try {
            return new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notOurs) {
            return "";
        }
    }

    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }
}
