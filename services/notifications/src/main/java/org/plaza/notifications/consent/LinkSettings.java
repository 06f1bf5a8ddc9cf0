package org.plaza.notifications.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Links in messages.
 *
 * @param publicBaseUrl where residents reach Plaza (the gateway), e.g. {@code https://plaza.example.org}; required
 *                      outside the embedded and test profiles ({@code plaza.required-settings})
 * @param key           the secret that signs unsubscribe links; blank derives one from {@code plaza.supporter.key}
 *                      (set it to rotate link signatures independently)
 */
@ConfigurationProperties("plaza.notifications.links")
public record LinkSettings(@DefaultValue(LinkSettings.DEVELOPMENT_BASE_URL) String publicBaseUrl,
        @DefaultValue("") String key) {

    /** Where {@code ./plaza up} and tests reach the gateway; outside them the base URL is required. */
    public static final String DEVELOPMENT_BASE_URL = "http://localhost:8080";

    public LinkSettings {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? DEVELOPMENT_BASE_URL : publicBaseUrl;
    }
}
