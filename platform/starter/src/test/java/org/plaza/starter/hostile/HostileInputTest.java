package org.plaza.starter.hostile;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.Set;

import org.plaza.starter.webtest.WebTest;
import org.plaza.testsupport.hostile.Endpoint;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The starter's error handling, as every service inherits it, against the shared hostile-input walk. */
class HostileInputTest extends WebTest implements HostileInputWalk {

    /** Endpoints of the test service that fail on purpose, to test the error pages themselves. */
    private static final Set<String> DELIBERATE_FAILURES = Set.of("/api/public/test/boom",
            "/api/public/test/store-down", "/page-boom", "/comments/c/{token}", "/notifications/unsubscribe/{token}");

    @Override
    public RequestPostProcessor admin() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    @Override
    public boolean attacks(Endpoint endpoint) {
        return !DELIBERATE_FAILURES.contains(endpoint.pattern());
    }
}
