package org.plaza.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plaza.starter.problem.ApiRequests;
import org.plaza.starter.security.StaffSecurityAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The cookies a service receives. The gateway's own cookies stay at the gateway (a service never needs
 * them): the session cookie and the cookies of a sign-in in progress ({@code plaza_signin_*}). When the gateway
 * issues the CSRF cookie for a page request, the service gets that same token as if the browser had sent it:
 * otherwise the service would issue a second, different token, and the form it renders would not match the cookie
 * the browser keeps. API requests ({@link ApiRequests}) render no form, so none is issued for them here (minting
 * one cost a secure random number, a cookie and a copy of the request on every public API call). A request whose
 * cookies need no change goes on as it is. An answer that carries a token minted for this browser is never left
 * {@code public}: a shared cache (a CDN, a proxy) may keep a public answer with its {@code Set-Cookie} and hand
 * everyone the same token, which anyone could then read to forge their forms.
 */
@Component
class DownstreamCookies {

    /** The prefix of the gateway's sign-in cookies. */
    static final String SIGN_IN_COOKIES = "plaza_signin_";

    private static final String MINTED = DownstreamCookies.class.getName() + ".minted";
    private static final Pattern PUBLIC = Pattern.compile("(?i)\\bpublic\\b");

    private final String sessionCookie;

    DownstreamCookies(@Value("${server.servlet.session.cookie.name:plaza_session}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    ServerRequest prepare(ServerRequest request) {
        List<String> cookies = new ArrayList<>();
        boolean changed = false;
        for (String header : request.headers().header(HttpHeaders.COOKIE)) {
            for (String cookie : header.split(";")) {
                String trimmed = cookie.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith(sessionCookie + "=") && !trimmed.startsWith(SIGN_IN_COOKIES)) {
                    cookies.add(trimmed);
                } else {
                    changed = true;
                }
            }
        }
        boolean browserHasCsrfCookie = cookies.stream()
                .anyMatch(cookie -> cookie.startsWith(StaffSecurityAutoConfiguration.CSRF_COOKIE + "="));
        if (!browserHasCsrfCookie && !ApiRequests.isApi(request.servletRequest())
                && request.servletRequest().getAttribute(DeferredCsrfToken.class.getName()) instanceof DeferredCsrfToken token
                && token.isGenerated()) {
            cookies.add(StaffSecurityAutoConfiguration.CSRF_COOKIE + "=" + token.get().getToken());
            request.servletRequest().setAttribute(MINTED, Boolean.TRUE);
            changed = true;
        }
        if (!changed) {
            return request;
        }
        return ServerRequest.from(request).headers(headers -> {
            headers.remove(HttpHeaders.COOKIE);
            if (!cookies.isEmpty()) {
                headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
            }
        }).build();
    }

    /** Makes an answer that carries a freshly minted CSRF cookie private to the browser it was minted for. */
    ServerResponse keepMintedTokenPrivate(ServerRequest request, ServerResponse response) {
        String cacheControl = response.headers().getCacheControl();
        if (request.servletRequest().getAttribute(MINTED) != null && cacheControl != null
                && PUBLIC.matcher(cacheControl).find()) {
            response.headers().setCacheControl(PUBLIC.matcher(cacheControl).replaceAll("private"));
        }
        return response;
    }
}
