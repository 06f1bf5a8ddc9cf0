package org.plaza.starter.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The warm-up on a real Tomcat: its steps and its requests to the service itself run before readiness turns to
 * accepting traffic, in each language, and a failing step or request never stops the start.
 */
class WarmUpTest {

    /** What the test service saw, in order: "step READINESS", "GET es REFUSING_TRAFFIC", "ready". */
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final String MONGO_URI = MONGO.bindAndGetConnectionString();

    private ConfigurableApplicationContext context;

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        SEEN.clear();
    }

    @Test
    void stepsAndRequestsToItselfRunBeforeTheServiceIsReadyInEachLanguage() {
        context = start("--plaza.warm-up.enabled=true", "--plaza.warm-up.rounds=3",
                "--plaza.warm-up.requests[0]=GET /warm-up-test/page",
                "--plaza.warm-up.requests[1]=POST /api/public/warm-up-test {\"name\":\"Warm\"}");

        assertThat(SEEN).containsExactly(
                "step REFUSING_TRAFFIC",
                "GET es REFUSING_TRAFFIC", "POST es Warm REFUSING_TRAFFIC",
                "GET en REFUSING_TRAFFIC", "POST en Warm REFUSING_TRAFFIC",
                "GET es REFUSING_TRAFFIC", "POST es Warm REFUSING_TRAFFIC",
                "ready");
    }

    @Test
    void aFailingStepOrRequestDoesNotStopTheStart() {
        context = start("--plaza.warm-up.enabled=true", "--plaza.warm-up.rounds=1", "--warm-up-test.fail=true",
                "--plaza.warm-up.requests[0]=GET /warm-up-test/broken",
                "--plaza.warm-up.requests[1]=GET /warm-up-test/page");

        assertThat(SEEN).containsExactly("GET es REFUSING_TRAFFIC", "ready");
        assertThat(context.getBean(ApplicationAvailability.class).getReadinessState())
                .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void withoutTheSettingNothingIsWarmedUp() {
        context = start("--plaza.warm-up.requests[0]=GET /warm-up-test/page");

        assertThat(SEEN).containsExactly("ready");
        assertThat(context.getBeansOfType(WarmUpRunner.class)).isEmpty();
    }

    @Test
    void requestsAreReadAsMethodPathAndBody() {
        assertThat(SelfRequest.parse("post /api/x {\"a\": 1}"))
                .isEqualTo(new SelfRequest("POST", "/api/x", "{\"a\": 1}"));
        assertThat(SelfRequest.parse(" GET /p ")).isEqualTo(new SelfRequest("GET", "/p", null));
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        SpringApplication application = new SpringApplication(WarmUpTestApplication.class);
        List<String> args = new java.util.ArrayList<>(List.of(arguments));
        args.addAll(List.of("--server.port=0", "--spring.application.name=warm-up-test",
                "--spring.mongodb.uri=" + MONGO_URI + "/warm-up-test",
                "--spring.autoconfigure.exclude=org.plaza.starter.outbox.OutboxAutoConfiguration,"
                        + "org.plaza.starter.messaging.MessagingAutoConfiguration",
                "--spring.cloud.stream.function.autodetect=false", "--management.health.binders.enabled=false",
                "--spring.profiles.active=test"));
        return application.run(args.toArray(String[]::new));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class WarmUpTestApplication {

        @Bean
        WarmUpEndpoints warmUpEndpoints(ApplicationAvailability availability) {
            return new WarmUpEndpoints(availability);
        }

        @Bean
        WarmUp recordingStep(ApplicationAvailability availability,
                org.springframework.core.env.Environment environment) {
            return () -> {
                if (environment.getProperty("warm-up-test.fail", Boolean.class, false)) {
                    throw new IllegalStateException("a step that fails");
                }
                SEEN.add("step " + availability.getReadinessState());
            };
        }

        @Bean
        ApplicationListener<AvailabilityChangeEvent<ReadinessState>> readiness() {
            return event -> {
                if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
                    SEEN.add("ready");
                }
            };
        }
    }

    @RestController
    static class WarmUpEndpoints {

        private final ApplicationAvailability availability;

        WarmUpEndpoints(ApplicationAvailability availability) {
            this.availability = availability;
        }

        @GetMapping("/warm-up-test/page")
        String page(@RequestHeader("Accept-Language") String language) {
            SEEN.add("GET " + language + " " + availability.getReadinessState());
            return "<p>page</p>";
        }

        @PostMapping("/api/public/warm-up-test")
        Map<String, String> api(@RequestHeader("Accept-Language") String language, @RequestBody Map<String, String> body) {
            SEEN.add("POST " + language + " " + body.get("name") + " " + availability.getReadinessState());
            return Map.of("status", "ok");
        }

        @GetMapping("/warm-up-test/{what}")
        String broken(@PathVariable String what) {
            throw new IllegalStateException("broken " + what);
        }
    }
}
