package org.plaza.gateway.signin;

import org.apache.catalina.Manager;
import org.apache.catalina.session.ManagerBase;
import org.apache.catalina.session.StandardManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A ceiling on the sessions the gateway keeps ({@code plaza.gateway.sessions.max-active}): only signed-in
 * staff have one (each holds their tokens), so the ceiling is far above any real staff and far below what
 * would exhaust the heap. Past it Tomcat refuses to create another session rather than run out of memory.
 */
@Configuration(proxyBeanMethods = false)
class SessionLimit {

    @Bean
    TomcatContextCustomizer sessionCeiling(@Value("${plaza.gateway.sessions.max-active:5000}") int maxActive) {
        return context -> {
            Manager manager = context.getManager();
            if (manager instanceof ManagerBase base) {
                base.setMaxActiveSessions(maxActive);
            } else {
                StandardManager standard = new StandardManager();
                standard.setMaxActiveSessions(maxActive);
                context.setManager(standard);
            }
        };
    }
}
