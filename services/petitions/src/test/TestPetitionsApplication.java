package org.plaza.petitions;

import org.plaza.testsupport.PlazaTestInfrastructure;
import org.springframework.boot.SpringApplication;

/**
 * Runs the petitions service on the test infrastructure (embedded Kafka and MongoDB, or containers):
 * {@code ./mvnw -pl services/petitions spring-boot:test-run}, or run this class from the IDE.
 */
public class TestPetitionsApplication {

    public static void main(String[] args) {
        SpringApplication.from(PetitionsApplication::main).with(PlazaTestInfrastructure.class)
                .withAdditionalProfiles("test").run(args);
    }
}
