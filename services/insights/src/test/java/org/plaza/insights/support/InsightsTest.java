package org.plaza.insights.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.plaza.testsupport.PlazaServiceTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The insights service on a random port, on real Kafka and MongoDB, with stub services to check and
 * the test-only staff sign-in. Every test class uses exactly this, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@PlazaServiceTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "plaza.insights.health-interval=1s",
        "plaza.insights.health-timeout=1s",
        "plaza.insights.live-interval=200ms" })
@Import({ InsightsTestConfiguration.class, StubServices.Wiring.class })
@AutoConfigureMockMvc
public @interface InsightsTest {
}
