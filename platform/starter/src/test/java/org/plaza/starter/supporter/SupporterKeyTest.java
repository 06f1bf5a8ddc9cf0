package org.plaza.starter.supporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A service without a proper supporter key does not start, except for development and tests. */
class SupporterKeyTest {

    private static final String KEY = "a-production-like-key-of-more-than-32-bytes";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SupporterAutoConfiguration.class));

    @Test
    void refusesToStartWithoutAKey() {
        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("plaza.supporter.key is missing")
                .hasMessageContaining("PLAZA_SUPPORTER_KEY"));
    }

    @Test
    void refusesToStartWithAShortKey() {
        runner.withPropertyValues("plaza.supporter.key=short-key")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("plaza.supporter.key is too short: 9 bytes"));
    }

    @Test
    void refusesAShortKeyEvenInTests() {
        runner.withPropertyValues("spring.profiles.active=test", "plaza.supporter.key=short-key")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void usesTheConfiguredKey() {
        runner.withPropertyValues("plaza.supporter.key=" + KEY).run(context -> assertThat(
                context.getBean(SupporterIds.class).supporterId("ana@ejemplo.org"))
                .isEqualTo(new SupporterIds(KEY.getBytes(StandardCharsets.UTF_8)).supporterId("ana@ejemplo.org")));
    }

    @Test
    void usesTheDevelopmentKeyUnderTheEmbeddedAndTestProfiles() {
        String expected = new SupporterIds(SupporterAutoConfiguration.DEVELOPMENT_KEY.getBytes(StandardCharsets.UTF_8))
                .supporterId("ana@ejemplo.org");
        for (String profile : new String[] { "embedded", "test" }) {
            runner.withPropertyValues("spring.profiles.active=" + profile).run(context -> assertThat(
                    context.getBean(SupporterIds.class).supporterId("ana@ejemplo.org")).isEqualTo(expected));
        }
    }
}
