package org.plaza.comments;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.plaza.comments.support.TestClock;
import org.plaza.testsupport.PlazaServiceTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context every service test of this module shares: the whole service on real Kafka
 * and MongoDB, on a random port, with MockMvc and the test clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@PlazaServiceTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestClock.Config.class, Fixtures.class, SentCommands.Config.class })
public @interface CommentsServiceTest {
}
