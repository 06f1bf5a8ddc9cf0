package org.plaza.starter.logging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The one redactor of capability paths, and the request attribute the access log prints. */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(CapabilityPathSettings.class)
public class LoggingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CapabilityPaths capabilityPaths(CapabilityPathSettings settings) {
        return CapabilityPaths.of(settings.capabilityPaths());
    }

    @Bean
    FilterRegistrationBean<RedactedPathFilter> plazaRedactedPathFilter(CapabilityPaths paths) {
        FilterRegistrationBean<RedactedPathFilter> registration = new FilterRegistrationBean<>(new RedactedPathFilter(paths));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
