package org.plaza.identity;

import org.plaza.testsupport.PlazaTestInfrastructure;
import org.springframework.boot.SpringApplication;

/** Runs identity on in-JVM Kafka and MongoDB: {@code ./mvnw -pl services/identity spring-boot:test-run}. */
public class TestIdentityApplication {

    public static void main(String[] args) {
        SpringApplication.from(IdentityApplication::main).with(PlazaTestInfrastructure.class)
                .withAdditionalProfiles("test").run(args);
    }
}
