package org.plaza.comments;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.plaza.testsupport.hostile.HostileInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/** Every endpoint of the service, as an ADMIN, answers hostile input with a clean 4xx and stores no operators. */
@CommentsServiceTest
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
        return HostileInput.attack(mvc, context, jwt().jwt(token -> token.subject("admin-1"))
                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN")));
    }

    @AfterAll
    void nothingHostileWasStored() {
        HostileInput.assertNoOperatorKeysStored(mongo);
    }
}
