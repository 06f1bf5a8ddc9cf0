package org.plaza.outreach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Volunteer outreach: volunteers and leads, shifts and their waitlists, reminders, attendance, hours and trainings. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OutreachApplication {

    public static void main(String[] args) {
        SpringApplication.run(OutreachApplication.class, args);
    }
}
