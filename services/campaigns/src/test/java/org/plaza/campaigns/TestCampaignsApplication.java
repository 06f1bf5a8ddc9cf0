package org.plaza.campaigns;

import java.util.Arrays;

import org.plaza.testsupport.PlazaTestInfrastructure;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.boot.SpringApplication;

/**
 * Runs the campaign hub on the test infrastructure (embedded Kafka and MongoDB, or containers when
 * Docker is there) with the local staff-token issuer: {@code ./mvnw -pl services/campaigns
 * spring-boot:test-run}. It prints a staff token for an ORGANIZER and an ADMIN to try the staff API.
 */
public class TestCampaignsApplication {

    public static void main(String[] args) {
        StaffTokens tokens = StaffTokens.shared();
        SpringApplication.from(CampaignsApplication::main)
                .with(PlazaTestInfrastructure.class)
                .withAdditionalProfiles("test")
                .run(append(args, "--" + StaffTokens.ISSUER_URI_PROPERTY + "=" + tokens.issuer()));
        System.out.println("ORGANIZER token (staffId stf-demo): " + tokens.staffToken("stf-demo",
                Role.ORGANIZER));
        System.out.println("ADMIN token (staffId stf-admin): " + tokens.staffToken("stf-admin",
                Role.ADMIN));
    }

    private static String[] append(String[] args, String extra) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
