package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plaza.gateway.limits.Admission;
import org.springframework.beans.factory.annotation.Autowired;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;

/** Rate limits on resident writes (burst of 3 in these tests), admission control and body size limits (8 KB here). */
class LimitsTest extends GatewayTest {

    @Autowired
    Admission admission;

    @Test
    void whileEveryAdmissionPlaceIsTakenAWriteGets503WithRetryAfterAtOnceAsASpanishPageOrProblemJson() {
        int taken = 0;
        while (admission.tryEnter()) {
            taken++;
        }
        String path = "/api/public/petitions/agua-" + UUID.randomUUID() + "/signatures";
        try {
            HttpResponse<String> page = browser().post("/petitions/agua/sign?lang=es",
                    "application/x-www-form-urlencoded", "name=x", "X-Forwarded-For", "203.0.113.50", "Accept", "text/html");
            HttpResponse<String> api = browser().post(path + "?lang=en", "application/json", "{}",
                    "X-Forwarded-For", "203.0.113.51");
            HttpResponse<String> read = browser().get("/petitions/agua", "X-Forwarded-For", "203.0.113.52");

            assertThat(taken).isEqualTo(24);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("2");
            assertThat(page.body()).contains("Plaza está muy ocupada", "No se envió nada");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Retry-After")).contains("2");
            assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(api.body()).contains("\"title\":\"Plaza is very busy\"");
            assertThat(STUB.got(path + "?lang=en")).isFalse();
            assertThat(read.statusCode()).isEqualTo(200);
        } finally {
            for (int i = 0; i < taken; i++) {
                admission.leave();
            }
        }
        assertThat(browser().post(path, "application/json", "{}", "X-Forwarded-For", "203.0.113.53").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theFourthSignatureInAMinuteFromOneClientGets429WithRetryAfterAndASpanishPage() {
        String client = "203.0.113.40";
        String path = "/api/public/petitions/agua-" + UUID.randomUUID() + "/signatures";
        for (int i = 0; i < 3; i++) {
            assertThat(browser().post(path, "application/json", "{}", "X-Forwarded-For", client).statusCode())
                    .isEqualTo(200);
        }

        HttpResponse<String> page = browser().post("/petitions/agua/sign?lang=es",
                "application/x-www-form-urlencoded", "name=x", "X-Forwarded-For", client, "Accept", "text/html");
        HttpResponse<String> api = browser().post(path + "?lang=en", "application/json", "{}",
                "X-Forwarded-For", client);

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(page.body()).contains("Demasiados intentos", "Espera unos minutos");
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(api.body()).contains("\"title\":\"Too many attempts\"");
        assertThat(browser().post(path, "application/json", "{}", "X-Forwarded-For", "203.0.113.41").statusCode())
                .isEqualTo(200);
    }

    @Test
    void readingAndStaffWorkAreNotRateLimited() {
        String client = "203.0.113.42";
        String token = StaffTokens.bearer(TOKENS.staffToken("stf_1", Role.ORGANIZER));
        for (int i = 0; i < 6; i++) {
            assertThat(browser().get("/petitions/agua", "X-Forwarded-For", client).statusCode()).isEqualTo(200);
            assertThat(browser().post("/api/staff/petitions/p1/close", "application/json", "{}",
                    "X-Forwarded-For", client, "Authorization", token).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBodyOverTheLimitGets413BeforeReachingTheService() {
        String path = "/api/public/comments/d1/comments";
        String big = "{\"text\":\"" + "a".repeat(9 * 1024) + "\"}";

        HttpResponse<String> declared = browser().post(path + "?lang=en", "application/json", big,
                "X-Forwarded-For", "203.0.113.43");
        HttpResponse<String> chunked = browser().send(browser().request(path + "?lang=es", "X-Forwarded-For",
                "203.0.113.44", "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))));

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("Request too large");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("Solicitud demasiado grande");
        assertThat(STUB.got(path + "?lang=en")).isFalse();
    }

    @Test
    void staffPathsMayCarryLargerBodies() {
        String path = "/api/staff/outreach/imports";

        HttpResponse<String> response = browser().post(path, "application/json",
                "{\"rows\":\"" + "b".repeat(9 * 1024) + "\"}",
                "Authorization", StaffTokens.bearer(TOKENS.staffToken("stf_1", Role.ORGANIZER)));

        assertThat(response.statusCode()).isEqualTo(200);
    }
}
