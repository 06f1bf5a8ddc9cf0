package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/** What the public port must not offer, and what it must let through, found by an outside review. */
class PublicPortTest extends GatewayTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void aMailProgramsOneClickUnsubscribePostReachesNotificationsWithoutACsrfToken() {
        String path = "/notifications/unsubscribe/" + UUID.randomUUID();

        HttpResponse<String> response = browser().post(path, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click", "X-Forwarded-For", "198.18.7.1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(STUB.last(path).body()).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void otherNotificationFormsStillNeedTheirCsrfToken() {
        String path = "/notifications/unsubscribe/" + UUID.randomUUID() + "/confirm";

        HttpResponse<String> response = browser().post(path, "application/x-www-form-urlencoded", "x=1",
                "X-Forwarded-For", "198.18.7.2");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(STUB.got(path)).isFalse();
    }

    @Test
    void anyoneAskingThePublicPortForMetricsOrActuatorEndpointsGetsNothing() {
        for (String path : new String[] { "/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator" }) {
            HttpResponse<String> response = browser().get(path, "X-Forwarded-For", "198.18.7.3");

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).doesNotContain("jvm_", "\"UP\"");
        }
    }

    @Test
    void thePublicPortOffersNoOpenApiDocumentOrSwaggerUiAndTheErrorPathIsAnUnknownAddress() {
        for (String path : new String[] { "/v3/api-docs", "/v3/api-docs.yaml", "/swagger-ui.html",
                "/swagger-ui/index.html", "/error" }) {
            HttpResponse<String> response = browser().get(path, "X-Forwarded-For", "198.18.7.5",
                    "Accept", "application/json");

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("openapi", "errorId");
        }
    }

    @Test
    void metricsAndHealthAnswerOnTheManagementPortForPrometheusAndProbes() {
        assertThat(managementPort).isNotEqualTo(port);
        Client management = new Client(HttpClient.newHttpClient());
        HttpResponse<String> metrics = management.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")));

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_");
    }

    @Test
    void aServiceThatAcceptsTheRequestButNeverAnswersGives504WithinTheReadTimeout() {
        HttpResponse<String> api = browser().get("/api/public/hanging/slow?lang=en", "X-Forwarded-For", "198.18.7.4");
        HttpResponse<String> page = browser().get("/hanging/slow?lang=es", "X-Forwarded-For", "198.18.7.4",
                "Accept", "text/html");

        assertThat(api.statusCode()).isEqualTo(504);
        assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(api.body()).contains("taking too long");
        assertThat(page.statusCode()).isEqualTo(504);
        assertThat(page.body()).contains("tardando demasiado");
    }
}
