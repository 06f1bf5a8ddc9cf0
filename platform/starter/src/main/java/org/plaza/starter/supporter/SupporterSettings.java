package org.plaza.starter.supporter;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key the secret behind every supporter id ({@code PLAZA_SUPPORTER_KEY}): at least 32 bytes,
 *            the same in every service, never changed once ids exist (changing it gives everyone a new id)
 */
@ConfigurationProperties("plaza.supporter")
public record SupporterSettings(String key) {
}
