package org.plaza.starter.sms;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds {@link SmsPricing} ({@code plaza.sms.*}) in every service. */
@AutoConfiguration
@EnableConfigurationProperties(SmsPricing.class)
public class SmsAutoConfiguration {
}
