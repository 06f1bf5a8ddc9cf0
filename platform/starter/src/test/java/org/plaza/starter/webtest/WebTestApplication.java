package org.plaza.starter.webtest;

import org.plaza.starter.find.Searchable;
import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The test service. Staff tokens are verified with the public key of {@link TestTokens}. */
@SpringBootApplication
public class WebTestApplication {

    @Bean
    JwtDecoder jwtDecoder() {
        return NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
    }

    @Bean
    Searchable findItems() {
        return Searchable.collection(FindPages.COLLECTION, "titleEs", "titleEn", "tags");
    }

    @Bean
    PlazaHttpSecurityCustomizer moderationNeedsModerator() {
        return PlazaHttpSecurityCustomizer.authorizing(rules -> rules
                .requestMatchers("/api/staff/test/moderation/**").hasRole("MODERATOR"));
    }
}
