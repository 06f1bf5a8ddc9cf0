package org.plaza.comments;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Public-comment drives: residents' comments to public bodies, moderated and compiled into the clerk's packet. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommentsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommentsApplication.class, args);
    }
}
