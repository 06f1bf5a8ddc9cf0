package org.plaza.starter.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plaza.starter.webtest.WebTest;

import tools.jackson.databind.JsonNode;

/** Every service publishes its OpenAPI document, without a token, and the Swagger UI keeps the strict CSP. */
class OpenApiDocumentTest extends WebTest {

    @Test
    void servesTheOpenApiDocumentToAnonymousClientsAsJson() {
        HttpResponse<String> response = get("/v3/api-docs", "Accept", "application/json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("info").path("title").asString()).isEqualTo("Plaza starter-test");
        assertThat(document.path("paths").has("/api/staff/test/campaigns")).isTrue();
        assertThat(document.path("paths").has("/api/public/test/signatures")).isTrue();
    }

    @Test
    void marksStaffOperationsAsNeedingAStaffTokenAndPublicOnesAsOpen() {
        JsonNode paths = JSON.readTree(get("/v3/api-docs").body()).path("paths");

        assertThat(paths.path("/api/staff/test/campaigns").path("post").path("security").toString())
                .contains(PlazaOpenApi.STAFF_TOKEN);
        assertThat(paths.path("/api/public/test/signatures").path("post").has("security")).isFalse();
        JsonNode scheme = JSON.readTree(get("/v3/api-docs").body())
                .path("components").path("securitySchemes").path(PlazaOpenApi.STAFF_TOKEN);
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void servesTheSwaggerUiUnderTheUnchangedContentSecurityPolicy() {
        HttpResponse<String> page = get("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("<style");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
    }
}
