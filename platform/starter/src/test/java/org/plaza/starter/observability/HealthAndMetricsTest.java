package org.plaza.starter.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plaza.starter.webtest.TestTokens;
import org.plaza.starter.webtest.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

/** Probes and Prometheus as an orchestrator and a scraper see them. */
class HealthAndMetricsTest extends WebTest {

    @Autowired
    private HealthEndpointGroups groups;

    @Test
    void readinessIncludesMongoAndIsUpWhenMongoAnswers() {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(groups.get("readiness").isMember("mongo")).isTrue();
    }

    @Test
    void livenessDependsOnNeitherMongoNorKafka() {
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(groups.get("liveness").isMember("mongo")).isFalse();
        assertThat(groups.get("liveness").isMember("binders")).isFalse();
        assertThat(groups.get("liveness").isMember("livenessState")).isTrue();
    }

    @Test
    void replacesBootsMongoHealthCheckWithThePing() {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void exposesPrometheusMetricsTaggedWithTheService() {
        get("/api/public/test/greeting");

        HttpResponse<String> scrape = get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes{", "service=\"starter-test\"")
                .contains("http_server_requests_seconds_count{");
    }

    @Test
    void keepsTheOtherActuatorEndpointsForOperators() {
        assertThat(get("/actuator").statusCode()).isEqualTo(401);
        assertThat(get("/actuator", "Authorization", "Bearer " + TestTokens.withRoles("ORGANIZER")).statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator", "Authorization", "Bearer " + TestTokens.withRoles("OPERATOR")).statusCode())
                .isEqualTo(200);
    }
}
