package org.plaza.petitions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The petitions service: bilingual petitions, verified signatures, live counts and delivery. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PetitionsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PetitionsApplication.class, args);
    }
}
