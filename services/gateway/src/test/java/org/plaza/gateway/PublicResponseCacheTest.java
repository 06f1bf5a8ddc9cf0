package org.plaza.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Public answers a service marks {@code Cache-Control: public, max-age=N} reach it once per N seconds. */
class PublicResponseCacheTest extends GatewayTest {

    @Test
    void aCrowdReadingAPublicCountCostsTheServiceOneRequest() {
        String counts = "/api/public/petitions/agua-" + UUID.randomUUID() + "/counts?maxAge=60";

        HttpResponse<String> first = browser().get(counts);
        HttpResponse<String> again = browser().get(counts);
        HttpResponse<String> third = browser().get(counts, "X-Forwarded-For", "203.0.113.40");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(third.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(again.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(again.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(STUB.count(counts)).isEqualTo(1);
    }

    @Test
    void theServiceIsAskedAgainOnceTheMaxAgeHasPassed() {
        String counts = "/api/public/petitions/agua-" + UUID.randomUUID() + "/counts?maxAge=1";
        browser().get(counts);

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            browser().get(counts);
            return STUB.count(counts) == 2;
        });
    }

    @Test
    void answersNotMarkedPublicAndStaffOrWriteRequestsAlwaysReachTheService() {
        String page = "/api/public/petitions/agua-" + UUID.randomUUID();
        String staff = "/api/staff/petitions/agua-" + UUID.randomUUID() + "?maxAge=60";

        browser().get(page);
        browser().get(page);
        browser().get(staff);
        browser().get(staff);

        assertThat(STUB.count(page)).isEqualTo(2);
        assertThat(STUB.got(staff)).isFalse();
    }

    @Test
    void eachLanguageIsKeptApart() {
        String counts = "/api/public/petitions/agua-" + UUID.randomUUID() + "/counts?maxAge=60";

        browser().get(counts, "Accept-Language", "es");
        browser().get(counts, "Accept-Language", "en");
        browser().get(counts, "Accept-Language", "es");

        assertThat(STUB.count(counts)).isEqualTo(2);
    }
}
