package org.plaza.outreach.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.plaza.testsupport.PlazaServiceTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one configuration of every service test in this module (so they all share one Spring context): the
 * whole service on real Kafka and MongoDB, listening on a random port (for the browser test), MockMvc, a
 * movable clock (set back after every test) and the {@link Scenario} helper.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PlazaServiceTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "plaza.outreach.reconcile-interval=1h",
        "plaza.outreach.understaffed.check-interval=1h",
        "plaza.outreach.public-base-url=https://plaza.example", "plaza.outreach.internal-base-url=http://127.0.0.1:8085",
        "plaza.outreach.shift-page-size=5", "plaza.jobs.personal-data-retention.enabled=false" })
@AutoConfigureMockMvc
@Import({ TestClock.Configuration.class, MongoQueries.Configuration.class, Scenario.class })
@ExtendWith(TestClock.Reset.class)
public @interface OutreachTest {
}
