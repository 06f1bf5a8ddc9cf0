package org.plaza.supporters;

import org.plaza.testsupport.PlazaTestInfrastructure;
import org.springframework.boot.SpringApplication;

/**
 * Runs the supporters service on the test infrastructure (an in-JVM Kafka broker and MongoDB), for trying it
 * out without the devstack: {@code ./mvnw -pl services/supporters spring-boot:test-run}.
 */
public class TestSupportersApplication {

    public static void main(String[] args) {
        SpringApplication.from(SupportersApplication::main)
                .with(PlazaTestInfrastructure.class)
                .withAdditionalProfiles("test")
                .run(args);
    }
}
