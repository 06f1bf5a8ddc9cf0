package org.plaza.starter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.plaza.testsupport.net.SilentServer;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** A token issuer that accepts the connection and never answers must not hold staff requests forever. */
class TokenClientTimeoutTest {

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aHangingKeySetGivesUpAtTheReadTimeoutInsteadOfHoldingTheRequest() {
        try (SilentServer issuer = new SilentServer()) {
            new WebApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
                            ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
                            TokenClientAutoConfiguration.class))
                    .withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.url() + "/jwks",
                            "plaza.security.token-client.read-timeout=500ms")
                    .run(context -> {
                        JwtDecoder decoder = context.getBean(JwtDecoder.class);

                        assertThatThrownBy(() -> decoder.decode(tokenSignedWithAnUnknownKey()))
                                .isInstanceOf(JwtException.class);
                        assertThat(issuer.connections()).isPositive();
                    });
        }
    }

    private static String tokenSignedWithAnUnknownKey() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString("{\"sub\":\"stf_1\",\"exp\":4102444800}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(new byte[256]);
    }
}
