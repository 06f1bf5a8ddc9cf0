package org.plaza.starter.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlazaDefaultsTest {

    @Test
    void platformDefaultsApplyWhenTheServiceSaysNothing() {
        StandardEnvironment environment = new StandardEnvironment();
        new PlazaDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("plaza.probe.where")).isEqualTo("from-the-base-defaults");
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.required-acks")).isEqualTo("all");
    }

    @Test
    void idleFetchesWaitLongerAtTheBrokerButLessThanARequestMayTake() {
        StandardEnvironment environment = new StandardEnvironment();
        new PlazaDefaults().postProcessEnvironment(environment, new SpringApplication());

        int fetchWait = Integer.parseInt(environment.getProperty(
                "spring.cloud.stream.kafka.binder.consumer-properties.fetch.max.wait.ms"));
        int requestTimeout = Integer.parseInt(environment.getProperty(
                "spring.cloud.stream.kafka.binder.configuration.request.timeout.ms"));
        assertThat(fetchWait).isEqualTo(3000).isLessThan(requestTimeout);
        assertThat(environment.getProperty("spring.cloud.stream.kafka.binder.consumer-properties.fetch.min.bytes"))
                .isNull();
    }

    @Test
    void springSecuritysPerFilterObservationsAreOffWhileRequestMetricsStay() {
        StandardEnvironment environment = new StandardEnvironment();
        new PlazaDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.observations.enable.spring.security")).isEqualTo("false");
        assertThat(environment.getProperty("management.observations.enable.http.server.requests")).isNull();
    }

    @Test
    void anActiveProfilesDefaultsWinOverTheBaseDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("probe");
        new PlazaDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("plaza.probe.where")).isEqualTo("from-the-probe-profile");
        assertThat(environment.getProperty("plaza.probe.base-only")).isEqualTo("yes");
    }

    @Test
    void theServicesOwnConfigurationWinsOverEveryDefault() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles("probe");
        environment.getPropertySources().addFirst(new MapPropertySource("application",
                Map.of("plaza.probe.where", "from-the-service")));
        new PlazaDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("plaza.probe.where")).isEqualTo("from-the-service");
    }
}
