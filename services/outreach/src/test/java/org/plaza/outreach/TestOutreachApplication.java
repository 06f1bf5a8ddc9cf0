package org.plaza.outreach;

import org.plaza.testsupport.PlazaTestInfrastructure;
import org.springframework.boot.SpringApplication;

/**
 * Runs the outreach service on the test infrastructure (an in-JVM Kafka broker and MongoDB), for trying it
 * out without the devstack: {@code ./mvnw -pl services/outreach spring-boot:test-run}.
 */
public class TestOutreachApplication {

    public static void main(String[] args) {
        SpringApplication.from(OutreachApplication::main)
                .with(PlazaTestInfrastructure.class)
                .withAdditionalProfiles("test")
                .run(args);
    }
}
