package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * The gateway's calls to the services share nothing between residents (no cookie jar of their own) and make no
 * retries of their own; a service's answer loses the headers that name the software behind it; compressed answers pass through as they are, and the gateway compresses large ones itself for
 * browsers that accept it; and they reuse connections
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
    void aServicesServerAndImplementationHeadersStopAtTheGateway() {
        String path = "/petitions/" + UUID.randomUUID() + "/reveals-itself";

        HttpResponse<String> response = browser().get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().map().keySet()).map(String::toLowerCase)
                .doesNotContain("server", "x-powered-by", "x-aspnet-version", "x-runtime", "via");
        assertThat(response.headers().firstValue("X-Plaza-Stub")).hasValue("kept");
    }

    @Test
    void requestsOneAfterAnotherShareAConnectionToTheService() {
        String path = "/campaigns/" + UUID.randomUUID();
        for (int i = 0; i < 20; i++) {
            assertThat(browser().get(path).statusCode()).isEqualTo(200);
        }

        assertThat(STUB.all(path).stream().map(StubService.Received::gatewayPort).distinct().count()).isLessThanOrEqualTo(2);
    }

    @Test
    void anAnswerAServiceCompressedReachesTheBrowserAsTheServiceSentIt() throws IOException {
        String path = "/petitions/" + UUID.randomUUID() + "/gzipped";

        HttpResponse<byte[]> response = browser().send(browser().request(path, "Accept-Encoding", "gzip"),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        String page = "<!DOCTYPE html><html><body>stub " + path + "</body></html>";
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.body()).isEqualTo(StubService.gzip(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(gunzip(response.body())).isEqualTo(page);
        assertThat(STUB.last(path).header("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void aLargePageIsCompressedForABrowserThatAcceptsGzipAndOnlyForIt() throws IOException {
        String path = "/petitions/" + UUID.randomUUID() + "/large";

        HttpResponse<byte[]> compressed = browser().send(browser().request(path, "Accept-Encoding", "gzip, deflate, br"),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> plain = browser().get(path);

        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.body().length).isLessThan(2_000);
        assertThat(gunzip(compressed.body())).isEqualTo(plain.body()).contains("una página larga");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
