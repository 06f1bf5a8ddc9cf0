package org.plaza.starter.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestTemplate;

/**
 * The resource server fetches the issuer's discovery document and keys with {@link TokenClientSettings}'
 * timeouts instead of none.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnClass(JwkSetUriJwtDecoderBuilderCustomizer.class)
@EnableConfigurationProperties(TokenClientSettings.class)
public class TokenClientAutoConfiguration {

    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer plazaJwksTimeouts(TokenClientSettings settings) {
        RestTemplate rest = new RestTemplate(settings.requestFactory());
        return builder -> builder.restOperations(rest);
    }
}
