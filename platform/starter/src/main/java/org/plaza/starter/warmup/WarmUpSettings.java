package org.plaza.starter.warmup;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code plaza.warm-up.*}: whether a service warms up before it reports ready ({@code enabled}; on in the
 * {@code embedded} and {@code docker} profiles), the requests it sends itself ({@code requests}: {@code "GET /path"}
 * or {@code "POST /path {json}"}, each one that writes nothing), how many times ({@code rounds}), in which languages
 * ({@code languages}, one per round in turn), and the most the whole warm-up may take ({@code time-limit}: past it the
 * remaining rounds are skipped, so a slow machine never holds a start-up back for long), and whether the service's
 * {@link WarmUp} steps run ({@code steps}; false leaves only the requests, to measure what the steps bring).
 */
@ConfigurationProperties("plaza.warm-up")
public record WarmUpSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue List<String> requests,
        @DefaultValue("20") int rounds,
        @DefaultValue({ "es", "en" }) List<String> languages,
        @DefaultValue("20s") Duration timeLimit,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("true") boolean steps) {
}
