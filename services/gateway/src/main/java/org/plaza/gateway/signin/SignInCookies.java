package org.plaza.gateway.signin;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The short-lived cookies that carry an anonymous visitor's sign-in in progress, so the gateway keeps
 * nothing in memory for someone who has not signed in: HttpOnly, SameSite=Lax (the browser comes back from
 * identity with a top-level GET), Secure over TLS, ten minutes. Their names start with {@link #PREFIX};
 * they never reach a service.
 */
final class SignInCookies {

    /** Every sign-in cookie's name starts with this. */
    static final String PREFIX = "plaza_signin_";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private SignInCookies() {
    }

    static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(name)).map(Cookie::getValue)
                .filter(value -> !value.isEmpty()).findFirst();
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String name, String value) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, name, value, LIFETIME).toString());
    }

    static void expire(HttpServletRequest request, HttpServletResponse response, String name) {
        if (read(request, name).isPresent()) {
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, name, "", Duration.ZERO).toString());
        }
    }

    private static ResponseCookie cookie(HttpServletRequest request, String name, String value, Duration maxAge) {
        return ResponseCookie.from(name, value).path("/").httpOnly(true).sameSite("Lax").secure(request.isSecure())
                .maxAge(maxAge).build();
    }
}
