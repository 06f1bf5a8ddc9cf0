package org.plaza.starter.security;

import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletRequest;

/** Whether a request authenticates with a bearer token, which browsers never attach on their own. */
final class BearerTokens {

    private BearerTokens() {
    }

    static boolean present(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
