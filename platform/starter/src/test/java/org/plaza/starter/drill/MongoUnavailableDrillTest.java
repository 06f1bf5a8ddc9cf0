package org.plaza.starter.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plaza.starter.drill.DrillApplication.RecordingPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * MongoDB goes away under a running service and comes back: submissions meanwhile get a localized
 * 503 with {@code Retry-After} (never a 2xx), and once MongoDB answers again the same application
 * instance accepts them, with everything acknowledged before the outage intact and relayed.
 */
@SpringBootTest(classes = DrillApplication.class, properties = {
        "spring.autoconfigure.exclude=org.plaza.starter.messaging.MessagingAutoConfiguration",
        "management.health.binders.enabled=false",
        "plaza.outbox.sweep-interval=300ms", "plaza.outbox.sweep-min-age=0s", "plaza.outbox.max-backoff=500ms" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MongoUnavailableDrillTest {

    private static final MongoOutage MONGO = new MongoOutage().start();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired MongoTemplate mongo;
    @Autowired MessageSource messages;
    @Autowired RecordingPublisher publisher;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.uri("drill"));
    }

    @AfterAll
    static void stopMongo() {
        MONGO.stop();
    }

    @Test
    void submissionsGetALocalized503WhileMongoIsDownAndSucceedAgainWhenItReturns() throws Exception {
        MockHttpServletResponse before = pledge("Rosa", "es");
        assertThat(before.getStatus()).isEqualTo(201);
        String acknowledged = before.getHeader(HttpHeaders.LOCATION);

        MONGO.stop();
        try {
            for (String language : new String[] { "es", "en" }) {
                MockHttpServletResponse refused = pledge("Refused " + language, language);
                assertThat(refused.getStatus()).as("a submission while MongoDB is down").isEqualTo(503);
                assertThat(refused.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
                assertThat(refused.getContentType()).contains("application/problem+json");
                JsonNode problem = JSON.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
                assertThat(problem.path("status").asInt()).isEqualTo(503);
                assertThat(problem.path("detail").asString()).isEqualTo(
                        messages.getMessage("plaza.problem.store-unavailable", null, Locale.forLanguageTag(language)));
            }
        } finally {
            MONGO.start();
        }

        MockHttpServletResponse after = pledge("Lupe", "en");
        assertThat(after.getStatus()).as("the first submission after MongoDB returns").isEqualTo(201);

        assertThat(read(acknowledged)).contains("Rosa");
        assertThat(read(after.getHeader(HttpHeaders.LOCATION))).contains("Lupe");
        assertThat(mongo.getCollection("pledges").countDocuments()).as("nothing refused was stored").isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(publisher.sent)
                .extracting(event -> new String(event.data(), StandardCharsets.UTF_8))
                .anySatisfy(data -> assertThat(data).contains("Rosa"))
                .anySatisfy(data -> assertThat(data).contains("Lupe")));
    }

    private MockHttpServletResponse pledge(String name, String language) throws Exception {
        return mvc.perform(post("/api/public/drill/pledges").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .content("{\"name\":\"" + name + "\"}")).andReturn().getResponse();
    }

    private String read(String location) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(location)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s", location).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
