package org.plaza.starter.supporter;

import java.nio.charset.StandardCharsets;

import org.plaza.starter.config.DevelopmentProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The {@link SupporterIds} bean. A service refuses to start without a proper {@code plaza.supporter.key},
 * except under the {@code embedded} or {@code test} profile, which fall back to {@link #DEVELOPMENT_KEY}.
 */
@AutoConfiguration
@EnableConfigurationProperties(SupporterSettings.class)
public class SupporterAutoConfiguration {

    /** Public, therefore worthless as a secret: only for the embedded stack and tests. */
    public static final String DEVELOPMENT_KEY = "plaza-development-supporter-key-not-a-secret";

    private static final Logger log = LoggerFactory.getLogger(SupporterAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    SupporterIds supporterIds(SupporterSettings settings, Environment environment) {
        return new SupporterIds(key(settings.key(), environment));
    }

    static byte[] key(String configured, Environment environment) {
        if (configured == null || configured.isBlank()) {
            if (DevelopmentProfiles.active(environment)) {
                log.warn("plaza.supporter.key is not set: using the public development key (embedded/test profile)");
                return DEVELOPMENT_KEY.getBytes(StandardCharsets.UTF_8);
            }
            throw new IllegalStateException("plaza.supporter.key is missing. Set PLAZA_SUPPORTER_KEY to a secret of "
                    + "at least " + SupporterIds.MIN_KEY_BYTES + " bytes (for example the output of "
                    + "'openssl rand -base64 48'), the same for every Plaza service. Only the 'embedded' and 'test' "
                    + "profiles may run without it.");
        }
        byte[] key = configured.getBytes(StandardCharsets.UTF_8);
        if (key.length < SupporterIds.MIN_KEY_BYTES) {
            throw new IllegalStateException("plaza.supporter.key is too short: " + key.length + " bytes, at least "
                    + SupporterIds.MIN_KEY_BYTES + " are needed (for example the output of 'openssl rand -base64 48').");
        }
        return key;
    }
}
