package org.plaza.insights.support;

import org.plaza.testsupport.events.KafkaTestEvents;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * The base of the insights tests that feed events and read the dashboard: the shared context ({@link InsightsTest}),
 * the test events, the staff tokens, and {@link #api()} to call the running service as a staff member.
 */
@InsightsTest
public abstract class InsightsServiceTest {

    @Autowired protected KafkaTestEvents events;
    @Autowired protected StaffTokens tokens;
    @Autowired protected JsonMapper json;
    @LocalServerPort protected int port;

    private Api api;

    /** The running service, called as a staff member with a token of the test issuer. */
    protected Api api() {
        if (api == null) {
            api = new Api(port, tokens, json);
        }
        return api;
    }
}
