package org.plaza.comments;

import org.plaza.testsupport.PlazaTestInfrastructure;
import org.springframework.boot.SpringApplication;

/** Runs the comments service on in-JVM Kafka and MongoDB: {@code ./mvnw -pl services/comments spring-boot:test-run}. */
public class TestCommentsApplication {

    public static void main(String[] args) {
        SpringApplication.from(CommentsApplication::main).with(PlazaTestInfrastructure.class)
                .withAdditionalProfiles("test").run(args);
    }
}
