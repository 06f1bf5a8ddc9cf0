package org.plaza.notifications;

import java.util.Arrays;
import java.util.stream.Stream;

import org.plaza.testsupport.PlazaTestInfrastructure;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.boot.SpringApplication;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Runs the service on test infrastructure (an in-JVM Kafka broker and MongoDB, or containers when Docker
 * is there), a GreenMail SMTP server on a free port and the local staff-token issuer, so it starts with no setup:
 * {@code ./mvnw -pl services/notifications spring-boot:test-run}, or run this class from an IDE.
 */
public class TestNotificationsApplication {

    public static void main(String[] args) {
        GreenMail smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        Runtime.getRuntime().addShutdownHook(new Thread(smtp::stop));
        String[] withSmtp = Stream.concat(Arrays.stream(args), Stream.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--" + StaffTokens.ISSUER_URI_PROPERTY + "=" + StaffTokens.shared().issuer())).toArray(String[]::new);
        SpringApplication.from(NotificationsApplication::main)
                .with(PlazaTestInfrastructure.class)
                .withAdditionalProfiles("test")
                .run(withSmtp);
    }
}
