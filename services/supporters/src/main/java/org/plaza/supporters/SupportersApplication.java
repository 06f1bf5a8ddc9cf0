package org.plaza.supporters;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Supporters: the one home of a person's contact details and consent, their actions, tags, notes and segments. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SupportersApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupportersApplication.class, args);
    }
}
