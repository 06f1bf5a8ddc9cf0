package org.plaza.gateway.limits;

import java.time.Duration;

import org.plaza.starter.jobs.PlazaJob;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The size and rate filters, after the client address filter and before Spring Security
 * (whose filter runs at order -100).
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    static final int SIZE_ORDER = -300;
    static final int RATE_ORDER = -200;

    @Bean
    RateLimiter rateLimiter(LimitSettings settings) {
        return new RateLimiter(settings.rateLimits(), settings.maxClientsPerRule(), TimeMeter.SYSTEM_NANOTIME);
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(LimitSettings settings) {
        FilterRegistrationBean<RequestSizeFilter> registration = new FilterRegistrationBean<>(new RequestSizeFilter(
                settings.limits().maxBodySize().toBytes(), settings.limits().maxStaffBodySize().toBytes()));
        registration.setOrder(SIZE_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimiter limiter, MeterRegistry meters) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
                new RateLimitFilter(limiter, meters));
        registration.setOrder(RATE_ORDER);
        return registration;
    }

    /** Forgets full buckets every minute, as the job {@code gateway.idle-buckets}. */
    @Bean
    PlazaJob idleBucketsJob(RateLimiter limiter) {
        return PlazaJob.every("gateway.idle-buckets", Duration.ofMinutes(1), limiter::forgetIdle);
    }
}
