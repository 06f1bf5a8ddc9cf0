package org.plaza.starter.retention;

import java.time.Clock;
import java.util.function.Consumer;

import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.messaging.EventHandlers;
import org.plaza.starter.messaging.MessagingAutoConfiguration;
import org.plaza.starter.time.ClockAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * For a service that declares {@link PersonalDataHolder} beans: the {@link PersonalDataRetention} over all of them
 * (and its {@link ErasureStep}s), its job, and the consumer {@code supporterEvents} of {@code plaza.supporters}
 * that honours {@code SupporterErased}. The service binds it:
 * {@code spring.cloud.function.definition: …;supporterEvents} and
 * {@code spring.cloud.stream.bindings.supporterEvents-in-0.destination: plaza.supporters}. A service that consumes
 * more of that topic declares its own {@code supporterEvents} bean and adds the retention to it with
 * {@code .with(retention)}.
 */
@AutoConfiguration(after = { MessagingAutoConfiguration.class, ClockAutoConfiguration.class },
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoTemplate.class)
public class RetentionAutoConfiguration {

    /** The name of the consumer bean (and so of its binding, {@code supporterEvents-in-0}). */
    public static final String CONSUMER_BEAN = "supporterEvents";

    @Bean
    @ConditionalOnBean({ MongoTemplate.class, PersonalDataHolder.class })
    PersonalDataRetention personalDataRetention(MongoTemplate mongo, ObjectProvider<PersonalDataHolder> holders,
            ObjectProvider<ErasureStep> steps, ObjectProvider<MeterRegistry> meters, Clock clock) {
        return new PersonalDataRetention(mongo, holders.orderedStream().toList(), steps.orderedStream().toList(),
                meters.getIfAvailable(SimpleMeterRegistry::new), clock);
    }

    @Bean
    @ConditionalOnBean(PersonalDataRetention.class)
    PlazaJob personalDataRetentionJob(PersonalDataRetention retention) {
        return retention.job();
    }

    @Bean(CONSUMER_BEAN)
    @ConditionalOnBean({ PersonalDataRetention.class, EventHandlers.class })
    @ConditionalOnMissingBean(name = CONSUMER_BEAN)
    Consumer<Message<byte[]>> supporterEvents(EventHandlers handlers, PersonalDataRetention retention) {
        return handlers.consumer(PersonalDataRetention.CONSUMER).with(retention).build();
    }
}
