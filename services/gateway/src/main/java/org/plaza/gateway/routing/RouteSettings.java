package org.plaza.gateway.routing;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which services the gateway routes. Each routed service {@code s} gets its four prefixes: resident
 * pages {@code /s/**}, {@code /api/public/s/**}, and, with the staff member's token, {@code /staff/s/**}
 * and {@code /api/staff/s/**}. The home page goes to {@code home}. Base URLs: {@link ServiceUrls}.
 *
 * @param routes the services to route, in order
 * @param home   the service that answers {@code /}
 * @param paths  resident pages outside a service's prefix, by service (supporters answers {@code /privacy})
 */
@ConfigurationProperties("plaza.gateway")
record RouteSettings(
        @DefaultValue({ "campaigns", "identity", "petitions", "comments", "outreach", "notifications", "insights",
                "supporters" })
        List<String> routes,
        @DefaultValue("campaigns") String home,
        @DefaultValue Map<String, List<String>> paths) {
}
