package org.plaza.gateway.cache;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

/** The public answer cache, inside Spring Security (order -100) so headers, limits and sessions still apply. */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    static final int ORDER = -90;
    static final int MAX_ENTRIES = 10_000;

    @Bean
    FilterRegistrationBean<PublicResponseCache> publicResponseCache(MeterRegistry meters) {
        FilterRegistrationBean<PublicResponseCache> registration = new FilterRegistrationBean<>(
                new PublicResponseCache(MAX_ENTRIES, System::nanoTime, meters));
        registration.setOrder(ORDER);
        return registration;
    }
}
