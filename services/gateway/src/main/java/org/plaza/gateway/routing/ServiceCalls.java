package org.plaza.gateway.routing;

import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.util.Timeout;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The client of the gateway's calls to the services: Apache HttpClient 5, classic (blocking). A call runs on the
 * request's own Tomcat thread, over a pooled keep-alive connection, with none of the JDK client's hand-offs between
 * threads (a selector thread, an executor for the body): half the gateway's CPU per proxied request (platform/bench's
 * README, "Gateway cost per proxied request (2026-12-07 night)"). Its defaults suit a client of its own, not a
 * proxy's, so here it
 * <ul>
 * <li>keeps no cookie store (one resident's cookies must never reach a service on another's request), caches no
 * authentication and keeps no per-user connection state;</li>
 * <li>retries nothing (a write reaches its service at most once; a 503 passes on as it is);</li>
 * <li>neither asks for nor decompresses compressed answers: the browser's {@code Accept-Encoding} goes on as it is and
 * a compressed answer comes back unchanged;</li>
 * <li>follows no redirect, adds no {@code User-Agent} and offers no protocol upgrade;</li>
 * <li>keeps up to {@value #CONNECTIONS_PER_SERVICE} connections per service (Tomcat's threads, so a call never waits
 * for one; waiting for a connection gives up after 2 s, a 503), and checks a connection idle for more than a second
 * before reusing it, so one the service closed meanwhile is not used.</li>
 * </ul>
 * Timeouts are {@code spring.http.clients.*}, as before.
 */
@Configuration(proxyBeanMethods = false)
class ServiceCalls {

    /** As many as the gateway's Tomcat has threads: each proxied request holds one connection at most. */
    static final int CONNECTIONS_PER_SERVICE = 200;

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<ClientHttpRequestFactoryBuilder<?>> serviceCallsAsAProxy() {
        return builder -> builder instanceof HttpComponentsClientHttpRequestFactoryBuilder apache ? apache
                .withHttpClientCustomizer(client -> client.disableCookieManagement().disableAutomaticRetries()
                        .disableContentCompression().disableRedirectHandling().disableDefaultUserAgent()
                        .disableAuthCaching().disableConnectionState())
                .withConnectionManagerCustomizer(pool -> pool.setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
                        .setMaxConnTotal(2 * CONNECTIONS_PER_SERVICE))
                .withConnectionConfigCustomizer(connection -> connection.setValidateAfterInactivity(1, TimeUnit.SECONDS))
                .withDefaultRequestConfigCustomizer(request -> request.setProtocolUpgradeEnabled(false)
                        .setConnectionRequestTimeout(Timeout.ofSeconds(2)))
                : builder;
    }
}
