package org.plaza.comments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Public-comment drives: residents' comments to public bodies, moderated and compiled into the clerk's packet. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CommentsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommentsApplication.class, args);
    }
}
