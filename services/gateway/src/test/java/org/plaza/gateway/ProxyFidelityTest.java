package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The gateway's calls to the services share nothing between residents (no cookie jar of their own) and make no
 * retries of their own; and they reuse connections
 * (a new connection per proxied request would cost a TCP handshake and a new socket on both sides each time).
 */
class ProxyFidelityTest extends GatewayTest {

    @Test
    void aCookieAServiceSetsForOneResidentNeverReachesTheServiceOnAnothersRequest() {
        String secret = "draft-" + UUID.randomUUID();
        String next = "/comments/after-" + UUID.randomUUID();

        HttpResponse<String> first = browser().get("/comments/sets-cookie?" + secret, "X-Forwarded-For", "203.0.113.70");
        browser().get(next, "X-Forwarded-For", "203.0.113.71");

        assertThat(first.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).contains(secret));
        assertThat(String.valueOf(STUB.last(next).header("Cookie"))).doesNotContain(secret);
    }

    @Test
    void aServiceThatRefusesAReadIsAskedOnceAndItsAnswerPassesOn() {
        String busy = "/petitions/" + UUID.randomUUID() + "/busy";

        HttpResponse<String> response = browser().get(busy);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(STUB.count(busy)).isEqualTo(1);
    }

    @Test
    void requestsOneAfterAnotherShareAConnectionToTheService() {
        String path = "/campaigns/" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            assertThat(browser().get(path).statusCode()).isEqualTo(200);
        }

        assertThat(STUB.all(path).stream().map(StubService.Received::gatewayPort).distinct().count()).isLessThanOrEqualTo(2);
    }
}
