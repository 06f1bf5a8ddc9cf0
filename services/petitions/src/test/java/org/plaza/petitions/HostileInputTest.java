package org.plaza.petitions;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** Every endpoint of the service, resident and staff, against the platform's hostile-input walk. */
@PetitionsTest
class HostileInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StaffTokens tokens;

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersHostileInputWithoutA5xxOrAnUnescapedScript() {
        String admin = StaffTokens.bearer(tokens.staffToken("admin-hostile", Role.ADMIN));
        return HostileInput.attack(mvc, context, request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, admin);
            return request;
        });
    }

    @Test
    void nothingInjectedIsStoredAsAnOperator() {
        HostileInput.assertNoOperatorKeysStored(mongo);
    }
}
