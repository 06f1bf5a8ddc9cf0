package org.plaza.starter.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A service started without {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or
 * {@code jwk-set-uri}) still starts, serves residents, and refuses every staff token; the log says why.
 */
@AutoConfiguration(after = OAuth2ResourceServerAutoConfiguration.class,
        before = UserDetailsServiceAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
public class NoIssuerAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NoIssuerAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder noIssuerJwtDecoder() {
        log.warn("No token issuer configured (spring.security.oauth2.resourceserver.jwt.issuer-uri): "
                + "every staff request will be refused with 401.");
        return token -> {
            throw new BadJwtException("No token issuer is configured");
        };
    }
}
