package org.plaza.insights.health;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Binds every {@code error.*} dead-letter topic (a pattern, see application.yml) to {@link DeadLetterLog}. */
@Configuration(proxyBeanMethods = false)
class DeadLetterBindings {

    @Bean
    Consumer<Message<byte[]>> deadLetters(DeadLetterLog deadLetterLog) {
        return deadLetterLog::record;
    }
}
