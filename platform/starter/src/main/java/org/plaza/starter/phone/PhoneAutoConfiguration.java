package org.plaza.starter.phone;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The {@link PhoneNumbers} bean, with the regions of {@code plaza.phone.*} (US by default). */
@AutoConfiguration
@EnableConfigurationProperties(PhoneSettings.class)
public class PhoneAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PhoneNumbers phoneNumbers(PhoneSettings settings) {
        return new PhoneNumbers(settings);
    }
}
