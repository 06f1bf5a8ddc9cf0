package org.plaza.starter.hostile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.plaza.starter.webtest.WebTest;
import org.plaza.testsupport.hostile.HostileInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** The starter's error handling, as every service inherits it, against the shared hostile-input walk. */
class HostileInputTest extends WebTest {

    /** Endpoints of the test service that fail on purpose, to test the error pages themselves. */
    private static final java.util.Set<String> DELIBERATE_FAILURES = java.util.Set.of("/api/public/test/boom",
            "/api/public/test/store-down", "/page-boom");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MongoTemplate mongo;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersHostileInputWithoutA5xxOrAnUnescapedScript() {
        return HostileInput.attack(mvc, context, jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN")),
                endpoint -> !DELIBERATE_FAILURES.contains(endpoint.pattern()));
    }

    @Test
    void nothingInjectedIsStoredAsAnOperator() {
        HostileInput.assertNoOperatorKeysStored(mongo);
    }
}
