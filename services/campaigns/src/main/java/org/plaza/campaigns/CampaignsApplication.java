package org.plaza.campaigns;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The campaign hub: organizers run campaigns, residents see every way to act on them. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CampaignsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CampaignsApplication.class, args);
    }
}
