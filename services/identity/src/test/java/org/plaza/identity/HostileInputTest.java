package org.plaza.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.plaza.identity.account.AccountService;
import org.plaza.starter.security.StaffRole;
import org.plaza.testsupport.hostile.HostileInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every endpoint of identity (sign-in pages, account administration, audit), as an ADMIN, answers
 * hostile input with a clean 4xx and stores no operators; staff APIs refuse a missing token and a
 * token without a role.
 */
@IdentityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AccountService accounts;

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesHostileInput() {
        String adminId = accounts.byUsername("admin").orElseThrow().id();
        return HostileInput.attack(mvc, context,
                jwt().jwt(token -> token.subject(adminId)).authorities(new SimpleGrantedAuthority(StaffRole.ADMIN.authority())),
                endpoint -> true, jwt().jwt(token -> token.subject("hostile-no-role")));
    }

    @AfterAll
    void nothingHostileWasStored() {
        HostileInput.assertNoOperatorKeysStored(mongo);
    }
}
