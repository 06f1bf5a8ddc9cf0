package org.plaza.supporters.testing;

import org.plaza.testsupport.time.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the service tests add: a stored audience in place of the directory's (so a queue test can build 50,000
 * recipients in one bulk write; {@code DirectoryAudienceTest} tests the directory's own), and a clock they can move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BroadcastTestBeans {

    @Bean
    @Primary
    StoredAudience storedAudience(MongoTemplate mongo) {
        return new StoredAudience(mongo);
    }

    @Bean
    @Primary
    MovableClock movableClock() {
        return MovableClock.running();
    }
}
