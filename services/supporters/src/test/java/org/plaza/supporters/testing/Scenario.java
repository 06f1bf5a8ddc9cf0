package org.plaza.supporters.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.plaza.events.campaigns.CampaignLaunched;
import org.plaza.events.supporters.SupporterContactShared;
import org.plaza.starter.access.CampaignTeamProjection;
import org.plaza.starter.access.CampaignTitles;
import org.plaza.supporters.intake.Intake;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.boot.test.context.TestComponent;

/**
 * Sets up what a test needs straight through the service's own handlers (no broker round trip): campaigns with
 * their teams and titles, supporters handed over by a petition, and staff bearer headers.
 */
@TestComponent
public class Scenario {

    private final CampaignTeamProjection teams;
    private final CampaignTitles titles;
    private final Intake intake;
    private final StaffTokens tokens;

    Scenario(CampaignTeamProjection teams, CampaignTitles titles, Intake intake, StaffTokens tokens) {
        this.teams = teams;
        this.titles = titles;
        this.intake = intake;
        this.tokens = tokens;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A launched campaign whose team is these organizers. */
    public String campaign(String... organizers) {
        String campaignId = unique("camp");
        CampaignLaunched launched = new CampaignLaunched(campaignId, "Agua " + campaignId, "Water " + campaignId,
                "WATER_AND_HOUSING_INFRASTRUCTURE", List.of("MECCA", "OASIS"), LocalDate.now(), null, List.of(organizers),
                organizers[0], Instant.now());
        teams.launched(launched);
        titles.launched(launched);
        return campaignId;
    }

    /** A signer of a petition of the campaign, handed over with their details and one consent decision. */
    public String signer(String campaignId, String name, String community, String language, boolean updates) {
        String supporterId = "sup_" + UUID.randomUUID().toString().replace("-", "");
        intake.contactShared(new SupporterContactShared(unique("share"), supporterId, "petitions", "PETITION_SIGNATURE",
                campaignId, "pet-" + campaignId, supporterId + "@example.org", name, null, language, community,
                List.of(new SupporterContactShared.Consent("EMAIL", "CAMPAIGN_UPDATES", updates, "Send me updates")),
                Instant.now()));
        return supporterId;
    }

    public String organizerBearer(String staffId) {
        return StaffTokens.bearer(tokens.staffToken(staffId, Role.ORGANIZER));
    }

    public String adminBearer() {
        return StaffTokens.bearer(tokens.staffToken("admin-" + UUID.randomUUID(), Role.ADMIN));
    }
}
