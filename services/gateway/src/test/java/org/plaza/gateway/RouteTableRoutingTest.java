package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.routes.RouteTable;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;

/** The running gateway sends every path of the route table on, and nothing else. */
class RouteTableRoutingTest extends GatewayTest {

    @Test
    void everyPathOfTheRouteTableReachesItsService() {
        String token = StaffTokens.bearer(TOKENS.staffToken("stf_routes", Role.ADMIN));
        RouteTable.load().services().forEach((service, routes) -> {
            // GatewayTest points insights at an address where nothing listens: reaching it is the 503.
            int reached = service.equals("insights") ? 503 : 200;
            for (String pattern : routes.publicPaths()) {
                String path = RouteTable.examplePath(pattern);
                HttpResponse<String> response = browser().get(path, "Accept", "text/html");
                assertThat(response.statusCode()).as("%s (%s)", path, service).isEqualTo(reached);
            }
            for (String pattern : routes.staffPaths()) {
                String path = RouteTable.examplePath(pattern);
                HttpResponse<String> response = browser().get(path, "Authorization", token);
                assertThat(response.statusCode()).as("%s (%s)", path, service).isEqualTo(reached);
                if (reached == 200) {
                    assertThat(STUB.last(path).header("Authorization")).as(path).isEqualTo(token);
                }
            }
        });
    }

    @Test
    void pathsNoServiceServesAreNotRouted() {
        String token = StaffTokens.bearer(TOKENS.staffToken("stf_routes", Role.ADMIN));
        for (String path : List.of("/api/public/campaigns/route-probe", "/api/public/identity/route-probe",
                "/staff/notifications/route-probe", "/api/public/insights/route-probe",
                "/internal/comments/packets/route-probe")) {
            assertThat(browser().get(path, "Authorization", token).statusCode()).as(path).isEqualTo(404);
            assertThat(STUB.got(path)).as(path).isFalse();
        }
    }
}
