package org.plaza.insights;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import org.plaza.insights.support.InsightsTest;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every endpoint of insights (dashboards, report, replay, health), as an ADMIN, answers hostile input with a clean 4xx. */
@InsightsTest
class HostileInputTest implements HostileInputWalk {

    @Override
    public RequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject("admin-hostile")).authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }
}
