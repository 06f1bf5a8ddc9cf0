package org.plaza.gateway.routing;

import java.util.List;

import org.plaza.starter.locale.PlazaLocaleResolver;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One {@code plaza_lang} cookie per answer. A language chosen with {@code ?lang=} is remembered by the gateway's own
 * filter (the starter's, which every Plaza application runs), with the gateway's view of the connection; the service
 * behind it gets the same query and remembers it too. Its copy is dropped here, so the browser gets the choice once.
 * Every other cookie of the service passes on as it was sent.
 */
@Component
class LanguageCookieOnce implements ResponseHttpHeadersFilter {

    private static final String SERVICE_COPY = PlazaLocaleResolver.COOKIE + "=";

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerResponse response) {
        List<String> cookies = input.get(HttpHeaders.SET_COOKIE);
        if (cookies == null || cookies.stream().noneMatch(LanguageCookieOnce::languageCookie)) {
            return input;
        }
        HttpHeaders kept = new HttpHeaders();
        kept.putAll(input);
        List<String> others = cookies.stream().filter(cookie -> !languageCookie(cookie)).toList();
        if (others.isEmpty()) {
            kept.remove(HttpHeaders.SET_COOKIE);
        } else {
            kept.put(HttpHeaders.SET_COOKIE, others);
        }
        return kept;
    }

    private static boolean languageCookie(String setCookie) {
        return setCookie.strip().startsWith(SERVICE_COPY);
    }
}
