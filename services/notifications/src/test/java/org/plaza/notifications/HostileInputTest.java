package org.plaza.notifications;

import org.plaza.testsupport.hostile.HostileInput;
import org.plaza.testsupport.hostile.HostileInputWalk;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every endpoint of the service, resident and staff, against the platform's hostile-input walk. */
class HostileInputTest extends NotificationsServiceTest implements HostileInputWalk {

    @Autowired
    StaffTokens tokens;

    @Override
    public RequestPostProcessor admin() {
        return HostileInput.authorization(StaffTokens.bearer(tokens.staffToken("admin-hostile", Role.ADMIN)));
    }
}
