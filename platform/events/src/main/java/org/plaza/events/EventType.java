package org.plaza.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the CloudEvents type of an event record, {@code plaza.<service>.<kebab-event>.v<N>},
 * for example {@code plaza.petitions.signature-verified.v1}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The CloudEvents {@code ce_type}. */
    String value();

    /**
     * The Kafka topic, when it is not the owning service's topic {@code plaza.<service>}.
     * Only contracts that must not share a topic with domain events set it.
     */
    String topic() default "";

}
