package org.plaza.starter.problem;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How problems are described.
 *
 * @param typeBase   prefix of every Plaza problem type URI; the problem's slug is appended
 * @param retryAfter what a 503 for an unavailable data store tells the client to wait ({@code Retry-After})
 */
@ConfigurationProperties("plaza.problem")
public record ProblemSettings(@DefaultValue("https://plaza.example/problems/") URI typeBase,
        @DefaultValue("5s") Duration retryAfter) {

    public ProblemSettings {
        if (!typeBase.toString().endsWith("/")) {
            typeBase = URI.create(typeBase + "/");
        }
    }
}
