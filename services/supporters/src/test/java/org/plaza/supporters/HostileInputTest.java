package org.plaza.supporters;

import org.junit.jupiter.api.Order;
import org.plaza.supporters.testing.SupportersTest;
import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every endpoint of the service, resident and staff, against the platform's hostile-input walk. Runs last. */
@SupportersTest
@Order(Integer.MAX_VALUE)
class HostileInputTest implements HostileInputWalk {

    @Autowired StaffTokens tokens;

    @Override
    public RequestPostProcessor admin() {
        return HostileInput.authorization(StaffTokens.bearer(tokens.staffToken("admin-hostile", Role.ADMIN)));
    }
}
