package org.plaza.starter.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/**
 * Timeouts of the calls a service makes to the token issuer: fetching its keys (JWKS) and discovery
 * document, and, at the gateway, exchanging and refreshing tokens. Without them a hanging issuer would hold
 * a request thread for as long as the operating system keeps the connection.
 *
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout    how long to wait for the answer
 */
@ConfigurationProperties("plaza.security.token-client")
public record TokenClientSettings(
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    /** A request factory with these timeouts. */
    public SimpleClientHttpRequestFactory requestFactory() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(connectTimeout);
        factory.setReadTimeout(readTimeout);
        return factory;
    }
}
