package org.plaza.supporters.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.plaza.testsupport.PlazaServiceTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one configuration of every service test in this module (so they all share one Spring context): the whole
 * service on real Kafka and MongoDB, on a random port, with MockMvc, the {@link Scenario} helper, the stored audience
 * and a movable clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PlazaServiceTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ Scenario.class, BroadcastTestBeans.class })
public @interface SupportersTest {
}
