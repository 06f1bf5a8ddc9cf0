package org.plaza.petitions;

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
 * The one Spring test setup of this module (real Kafka and MongoDB, MockMvc, fixtures), so every test
 * class shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@PlazaServiceTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "plaza.petitions.verification.ticket-key=test-ticket-key-not-secret",
        "plaza.petitions.public-base-url=http://plaza.test",
        "plaza.petitions.counting.reconcile-interval=1h",
        "plaza.jobs.personal-data-retention.enabled=false",
        "plaza.petitions.rate-spike.check-interval=1h",
        "plaza.petitions.verification.resend-interval=10s",
        "plaza.petitions.counting.quiet-period=1s",
        "plaza.petitions.abuse.client-burst=5" })
@AutoConfigureMockMvc
@Import(Fixtures.class)
public @interface PetitionsTest {
}
