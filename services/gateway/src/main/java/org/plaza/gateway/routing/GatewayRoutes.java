package org.plaza.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Every route of the public origin. Per service {@code s}: {@code /s/**} and {@code /api/public/s/**}
 * as they are; {@code /staff/s/**} and {@code /api/staff/s/**} with the signed-in staff member's access
 * token. The home page {@code /} goes to the campaign hub; a few resident pages outside a service's prefix
 * ({@code plaza.gateway.paths}: supporters' {@code /privacy}) go to their service as they are. Identity's browser-facing OIDC endpoints
 * (authorize, logout) go to identity, so staff sign in on this same origin. {@code /plaza/**} (the
 * shared stylesheet) is served by the gateway itself.
 */
@Configuration(proxyBeanMethods = false)
class GatewayRoutes {

    @Bean
    RouterFunction<ServerResponse> plazaRoutes(RouteSettings settings, ServiceUrls urls, StaffTokenRelay tokenRelay,
            DownstreamCookies cookies, UnavailableServices unavailable) {
        RouterFunction<ServerResponse> routes = route("home")
                .route(path("/"), http())
                .before(uri(urls.of(settings.home())))
                .before(cookies::prepare)
                .filter(unavailable)
                .build();
        URI identity = urls.of("identity");
        routes = routes.and(route("identity-oidc")
                .route(path("/oauth2/authorize").or(path("/connect/logout")), http())
                .before(uri(identity))
                .before(cookies::prepare)
                .filter(unavailable)
                .build());
        for (String service : settings.routes()) {
            URI url = urls.of(service);
            routes = routes.and(route(service + "-public")
                    .route(path("/" + service + "/**").or(path("/api/public/" + service + "/**")), http())
                    .before(uri(url))
                    .before(cookies::prepare)
                    .filter(unavailable)
                    .build());
            routes = routes.and(route(service + "-staff")
                    .route(path("/staff/" + service + "/**").or(path("/api/staff/" + service + "/**")), http())
                    .before(uri(url))
                    .before(cookies::prepare)
                    .filter(unavailable)
                    .filter(tokenRelay)
                    .build());
        }
        for (Map.Entry<String, List<String>> owned : settings.paths().entrySet()) {
            if (owned.getValue().isEmpty()) {
                continue;
            }
            RequestPredicate pages = owned.getValue().stream().map(RequestPredicates::path)
                    .reduce(RequestPredicate::or).orElseThrow();
            routes = routes.and(route(owned.getKey() + "-pages")
                    .route(pages, http())
                    .before(uri(urls.of(owned.getKey())))
                    .before(cookies::prepare)
                    .filter(unavailable)
                    .build());
        }
        return routes;
    }
}
