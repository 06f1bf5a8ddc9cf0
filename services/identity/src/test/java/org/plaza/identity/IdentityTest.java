package org.plaza.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.plaza.testsupport.PlazaServiceTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * Identity on a real Tomcat with embedded Kafka and MongoDB. Every test class uses exactly this, so they
 * share one application context; tests use fresh user names.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PlazaServiceTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "plaza.identity.bootstrap-admin.password=" + IdentityTest.ADMIN_PASSWORD,
        "plaza.identity.gateway-client.gateway-urls=http://127.0.0.1:9999",
        "plaza.identity.sign-in.max-failures=3",
        "plaza.outbox.sweep-interval=1s" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface IdentityTest {

    String ADMIN_PASSWORD = "desert-lantern-orchard-42";
}
