package org.plaza.campaigns;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Map;

import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.hostile.Outsider;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the campaign hub against the platform's hostile-input walk, as an administrator, and every
 * staff operation on campaign X as an organizer of another campaign's team.
 */
@CampaignsTest
class HostileInputTest implements HostileInputWalk {

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StaffTokens tokens;

    @Autowired
    JsonMapper json;

    @Override
    public RequestPostProcessor admin() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    /**
     * Campaign X launched by its organizer, and an organizer of launched campaign Y. A revision is checked before
     * the team, so the outsider sends a complete one.
     */
    @Override
    public Outsider organizerOfAnotherTeam() throws Exception {
        CampaignFixtures fixtures = new CampaignFixtures(mvc, tokens, json);
        String campaignX = fixtures.launchedCampaign(CampaignFixtures.staffId(),
                CampaignFixtures.completeCampaign("hostil-x")).get("id").asString();
        String outsider = CampaignFixtures.staffId();
        fixtures.launchedCampaign(outsider, CampaignFixtures.completeCampaign("hostil-y"));

        return new Outsider(HostileInput.authorization(StaffTokens.bearer(tokens.staffToken(outsider, Role.ORGANIZER))),
                Map.of("id", campaignX))
                .withBody("PUT /api/staff/campaigns/{id}",
                        json.writeValueAsString(CampaignFixtures.completeCampaign("ajena")))
                .watching(Outsider.documents(mongo, "campaigns", "_id", campaignX));
    }
}
