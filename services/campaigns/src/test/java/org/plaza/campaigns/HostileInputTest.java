package org.plaza.campaigns;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.plaza.testsupport.hostile.HostileInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** Every endpoint of the campaign hub against the platform's hostile-input walk, as an administrator. */
@CampaignsTest
class HostileInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MongoTemplate mongo;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersHostileInputWithoutA5xxOrAnUnescapedScript() {
        return HostileInput.attack(mvc, context, jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN")));
    }

    @Test
    void nothingInjectedIsStoredAsAnOperator() {
        HostileInput.assertNoOperatorKeysStored(mongo);
    }
}
