package org.plaza.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

import java.net.URI;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Every route of the public origin, from {@link RouteSettings}: per service a route {@code <s>-public} for its
 * public paths, as they are, and a route {@code <s>-staff} for its staff paths, with the signed-in staff member's
 * access token. {@code /plaza/**} (the shared stylesheet) and the sign-in endpoints are served by the gateway
 * itself; any other path is the gateway's 404.
 */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

    @Bean
    RouterFunction<ServerResponse> plazaRoutes(RouteSettings settings, ServiceUrls urls, StaffTokenRelay tokenRelay,
            DownstreamCookies cookies, UnavailableServices unavailable) {
        RouterFunctions.Builder routes = RouterFunctions.route();
        settings.routes().forEach((service, paths) -> {
            URI url = urls.of(service);
            if (!paths.publicPaths().isEmpty()) {
                routes.add(toService(service + "-public", paths.publicPaths(), url, cookies, unavailable).build());
            }
            if (!paths.staffPaths().isEmpty()) {
                routes.add(toService(service + "-staff", paths.staffPaths(), url, cookies, unavailable)
                        .filter(tokenRelay).build());
            }
        });
        return routes.build();
    }

    private static RouterFunctions.Builder toService(String id, List<String> patterns, URI url,
            DownstreamCookies cookies, UnavailableServices unavailable) {
        RequestPredicate paths = patterns.stream().map(RequestPredicates::path).reduce(RequestPredicate::or)
                .orElseThrow();
        return route(id).route(paths, http()).before(uri(url)).before(cookies::prepare).filter(unavailable)
                .after(cookies::keepMintedTokenPrivate);
    }
}
