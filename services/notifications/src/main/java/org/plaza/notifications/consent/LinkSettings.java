package org.plaza.notifications.consent;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Links in messages.
 *
 * @param publicBaseUrl where residents reach Plaza (the gateway), e.g. {@code https://plaza.example.org}
 * @param key           the secret that signs unsubscribe links; blank derives one from {@code plaza.supporter.key}
 *                      (set it to rotate link signatures independently)
 */
@ConfigurationProperties("plaza.notifications.links")
public record LinkSettings(@DefaultValue("http://localhost:8080") String publicBaseUrl, @DefaultValue("") String key) {
}
