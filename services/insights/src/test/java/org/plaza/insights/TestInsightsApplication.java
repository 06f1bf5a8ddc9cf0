package org.plaza.insights;

import java.util.Arrays;

import org.plaza.insights.support.InsightsTestConfiguration;
import org.plaza.testsupport.PlazaTestInfrastructure;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.boot.SpringApplication;

/**
 * Runs the insights service on the test infrastructure (in-JVM Kafka and MongoDB, or containers when
 * Docker is there) with the local staff-token issuer and the test-only browser sign-in:
 * {@code ./mvnw -pl services/insights spring-boot:test-run}, then open
 * {@code http://127.0.0.1:8087/test-login?staffId=op-1&roles=OPERATOR,ADMIN}.
 */
public class TestInsightsApplication {

    public static void main(String[] args) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--" + StaffTokens.ISSUER_URI_PROPERTY + "=" + StaffTokens.shared().issuer();
        SpringApplication.from(InsightsApplication::main)
                .with(PlazaTestInfrastructure.class, InsightsTestConfiguration.class)
                .withAdditionalProfiles("test")
                .run(all);
    }
}
