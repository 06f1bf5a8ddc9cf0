package org.plaza.gateway.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plaza.starter.security.StaffSecurityAutoConfiguration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps a service's {@code 200} answer to an anonymous {@code GET /api/public/**} for as long as its
 * {@code Cache-Control: public, max-age=N} allows (at most {@link #LONGEST}), so a crowd refreshing a viral
 * petition's count costs the petitions service one request per second instead of one per reader. Only
 * the body and the representation headers are kept: never cookies, and never an answer that varies on
 * something other than the language, which is part of the key, never one that set a cookie of its own, and never a
 * compressed one.
 */
public class PublicResponseCache extends OncePerRequestFilter {

    static final Duration LONGEST = Duration.ofSeconds(60);
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|,)\\s*max-age=(\\d+)");
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_LANGUAGE);

    private final Map<String, Entry> entries;
    private final LongSupplier nanoTime;
    private final Counter hits;
    private final Counter misses;

    public PublicResponseCache(int maxEntries, LongSupplier nanoTime, MeterRegistry meters) {
        this.entries = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        });
        this.nanoTime = nanoTime;
        this.hits = Counter.builder("plaza.gateway.public.cache").tag("result", "hit").register(meters);
        this.misses = Counter.builder("plaza.gateway.public.cache").tag("result", "miss").register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/public/")
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        long now = nanoTime.getAsLong();
        Entry cached = entries.get(key);
        if (cached != null && now - cached.expiresAtNanos < 0) {
            hits.increment();
            cached.headers.forEach(response::setHeader);
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentLength(cached.body.length);
            response.getOutputStream().write(cached.body);
            return;
        }
        misses.increment();
        long cookiesBefore = personalCookies(response);
        ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recording);
        Duration maxAge = personalCookies(recording) > cookiesBefore ? null : cacheableFor(recording);
        if (maxAge != null) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = recording.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            entries.put(key, new Entry(headers, recording.getContentAsByteArray(), now + maxAge.toNanos()));
        }
        recording.copyBodyToResponse();
    }

    /** How long an answer may be shared, or null when it may not be. */
    static Duration cacheableFor(HttpServletResponse response) {
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        if (response.getStatus() != HttpServletResponse.SC_OK || cacheControl == null
                || !cacheControl.contains("public") || cacheControl.contains("private") || cacheControl.contains("no-store")
                || variesOnMoreThanLanguage(response) || encoded(response)) {
            return null;
        }
        Matcher maxAge = MAX_AGE.matcher(cacheControl);
        if (!maxAge.find()) {
            return null;
        }
        long seconds = Long.parseLong(maxAge.group(1));
        return seconds <= 0 ? null : Duration.ofSeconds(Math.min(seconds, LONGEST.toSeconds()));
    }

    /** Cookies set on the answer other than the CSRF cookie, which every answer may carry and is never kept. */
    private static long personalCookies(HttpServletResponse response) {
        return response.getHeaders(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> !cookie.startsWith(StaffSecurityAutoConfiguration.CSRF_COOKIE + "=")).count();
    }

    /**
     * A body a service compressed for a client that accepts it (the gateway passes {@code Accept-Encoding} on and
     * compressed answers back unchanged) is never kept: the key has no encoding, and a reader may not accept it.
     * The gateway compresses what it serves from here itself, for each reader that asks.
     */
    private static boolean encoded(HttpServletResponse response) {
        String encoding = response.getHeader(HttpHeaders.CONTENT_ENCODING);
        return encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip());
    }

    private static boolean variesOnMoreThanLanguage(HttpServletResponse response) {
        for (String vary : response.getHeaders(HttpHeaders.VARY)) {
            for (String header : vary.split(",")) {
                String name = header.strip();
                if (!name.isEmpty() && !name.equalsIgnoreCase(HttpHeaders.ACCEPT_LANGUAGE)
                        && !name.equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + (language == null ? "" : language);
    }

    private record Entry(Map<String, String> headers, byte[] body, long expiresAtNanos) {
    }
}
