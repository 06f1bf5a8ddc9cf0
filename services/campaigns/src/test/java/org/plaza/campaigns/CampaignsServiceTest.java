package org.plaza.campaigns;

import org.junit.jupiter.api.BeforeEach;
import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The base of the tests that drive the service as organizers do: the shared context ({@link CampaignsTest}),
 * MockMvc, real staff tokens, the test events, and before each test fresh {@link CampaignFixtures} and a fresh
 * organizer id, so tests sharing the context never see each other's campaigns.
 */
@CampaignsTest
public abstract class CampaignsServiceTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected StaffTokens tokens;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected KafkaTestEvents events;

    protected CampaignFixtures fixtures;

    protected String organizer;

    @BeforeEach
    void newFixturesAndOrganizer() {
        fixtures = new CampaignFixtures(mvc, tokens, json);
        organizer = CampaignFixtures.staffId();
    }
}
