package org.plaza.testsupport.sample;

import java.util.function.Consumer;

import org.springframework.cloud.function.cloudevent.CloudEventMessageUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Consumes {@link SampleRecorded} events into the repository (binding {@code recordSample-in-0}). */
@Configuration(proxyBeanMethods = false)
class SampleMessaging {

    @Bean
    Consumer<Message<SampleRecorded>> recordSample(Samples samples) {
        return message -> {
            SampleRecorded event = message.getPayload();
            samples.save(new Sample(event.sampleId(), event.community(), CloudEventMessageUtils.getId(message)));
        };
    }

}
