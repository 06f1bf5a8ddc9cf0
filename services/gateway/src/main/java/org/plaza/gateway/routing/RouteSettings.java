package org.plaza.gateway.routing;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which paths the gateway sends to which service, {@code plaza.gateway.routes.<service>}: Ant-style patterns (a
 * final {@code /**} or an exact path). It equals the platform's route table ({@code contracts/routes.yml} in
 * test-support), which the services test their side against. Base URLs: {@link ServiceUrls}.
 *
 * @param routes each routed service by its name, in order
 */
@ConfigurationProperties("plaza.gateway")
record RouteSettings(@DefaultValue Map<String, Service> routes) {

    /**
     * One service's paths.
     *
     * @param publicPaths reach the service as they are (resident pages, public APIs, sign-in pages)
     * @param staffPaths  reach the service with the signed-in staff member's access token
     */
    record Service(@DefaultValue List<String> publicPaths, @DefaultValue List<String> staffPaths) {
    }
}
