package org.plaza.insights;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.plaza.insights.support.InsightsTest;
import org.plaza.testsupport.hostile.HostileInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** Every endpoint of insights (dashboards, report, replay, health), as an ADMIN, answers hostile input with a clean 4xx. */
@InsightsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesHostileInput() {
        return HostileInput.attack(mvc, context, jwt().jwt(token -> token.subject("admin-hostile"))
                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN")));
    }

    @AfterAll
    void nothingHostileWasStored() {
        HostileInput.assertNoOperatorKeysStored(mongo);
    }
}
