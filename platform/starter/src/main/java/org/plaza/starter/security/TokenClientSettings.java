package org.plaza.starter.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.client.SimpleClientHttpRequestFactory;

/**
 * Timeouts of the calls a service makes to the token issuer: fetching its keys (JWKS) and discovery
 * document, and, at the gateway, exchanging and refreshing tokens. Without them a hanging issuer would hold
 * a request thread for as long as the operating system keeps the connection. The read timeout is generous on
 * purpose: the first token exchange and key fetch after identity starts are slow on a busy machine (its
 * first signature, its first password hash), and a sign-in that times out there fails for the staff member.
 *
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout    how long to wait for the answer
 */
@ConfigurationProperties("plaza.security.token-client")
public record TokenClientSettings(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {

    /** A request factory with these timeouts. */
    public SimpleClientHttpRequestFactory requestFactory() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(connectTimeout);
        factory.setReadTimeout(readTimeout);
        return factory;
    }
}
