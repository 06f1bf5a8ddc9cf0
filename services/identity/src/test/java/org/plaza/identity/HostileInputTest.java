package org.plaza.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import org.plaza.identity.account.AccountService;
import org.plaza.starter.security.StaffRole;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every endpoint of identity (sign-in pages, account administration, audit), as an ADMIN, answers
 * hostile input with a clean 4xx and stores no operators; staff APIs and pages refuse a missing token
 * and a token without a role.
 */
@IdentityTest
class HostileInputTest implements HostileInputWalk {

    @Autowired
    AccountService accounts;

    @Override
    public RequestPostProcessor admin() {
        String adminId = accounts.byUsername("admin").orElseThrow().id();
        return jwt().jwt(token -> token.subject(adminId)).authorities(new SimpleGrantedAuthority(StaffRole.ADMIN.authority()));
    }

    /** Identity trusts only the keys it signs with, so the staff member without a role is a mock JWT. */
    @Override
    public RequestPostProcessor staffWithoutRole(ApplicationContext context) {
        return jwt().jwt(token -> token.subject("hostile-no-role"));
    }
}
