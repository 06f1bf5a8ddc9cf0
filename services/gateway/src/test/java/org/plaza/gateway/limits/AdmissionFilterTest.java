package org.plaza.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plaza.starter.problem.LocalizedProblems;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Admission control with requests held inside the chain: deterministic, no timing. */
class AdmissionFilterTest {

    private final RateLimiter rules = new RateLimiter(Map.of("resident-writes", new LimitSettings.Rule(
            List.of("POST"), List.of("/petitions/**", "/api/public/petitions/**"),
            new LimitSettings.Window(1000, Duration.ofMinutes(1)),
            new LimitSettings.Window(1000, Duration.ofHours(1)), false)), 100, TimeMeter.SYSTEM_NANOTIME);
    private final Admission admission = new Admission(2, Duration.ofSeconds(2));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AdmissionFilter filter = new AdmissionFilter(admission, rules, Set.of("resident-writes"), meters);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService held = Executors.newFixedThreadPool(2);

    @AfterEach
    void releaseHeldRequests() {
        release.countDown();
        held.shutdownNow();
    }

    @Test
    void aWriteArrivingWhileEveryPlaceIsHeldIsRefusedAtOnceWith503AndRetryAfter() throws Exception {
        List<Future<MockHttpServletResponse>> holding = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            holding.add(held.submit(() -> send("POST", "/api/public/petitions/agua/signatures", holdingService())));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> admission.inProgress() == 2);

        MockHttpServletRequest refusedRequest = request("POST", "/petitions/agua/sign");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        filter.doFilter(refusedRequest, refused, new MockFilterChain(answering()));

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("2");
        assertThat(refusedRequest.getAttribute(LocalizedProblems.MESSAGE_KEY_ATTRIBUTE)).isEqualTo(AdmissionFilter.MESSAGE_KEY);
        assertThat(meters.counter("plaza.gateway.admission.refused").count()).isEqualTo(1.0);

        release.countDown();
        for (Future<MockHttpServletResponse> response : holding) {
            assertThat(response.get().getStatus()).isEqualTo(200);
        }
        assertThat(admission.inProgress()).isZero();
        assertThat(send("POST", "/petitions/agua/sign", answering()).getStatus()).isEqualTo(200);
    }

    @Test
    void readsAndRequestsOfOtherRulesAreNeverHeldBack() throws Exception {
        for (int i = 0; i < 2; i++) {
            held.submit(() -> send("POST", "/api/public/petitions/agua/signatures", holdingService()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> admission.inProgress() == 2);

        assertThat(send("GET", "/petitions/agua", answering()).getStatus()).isEqualTo(200);
        assertThat(send("POST", "/identity/sign-in", answering()).getStatus()).isEqualTo(200);
    }

    @Test
    void aPlaceIsGivenBackWhenTheServiceFails() {
        HttpServlet failing = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                throw new IllegalStateException("service down");
            }
        };
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> send("POST", "/petitions/agua/sign", failing)).hasMessage("service down");
        }
        assertThat(admission.inProgress()).isZero();
    }

    private MockHttpServletResponse send(String method, String path, HttpServlet service) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(method, path), response, new MockFilterChain(service));
        return response;
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }

    private HttpServlet holdingService() {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                response.setStatus(200);
            }
        };
    }

    private static HttpServlet answering() {
        return new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                response.setStatus(200);
            }
        };
    }
}
