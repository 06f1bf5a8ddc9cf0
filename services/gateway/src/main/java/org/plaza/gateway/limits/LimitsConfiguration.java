package org.plaza.gateway.limits;

import java.time.Duration;
import java.util.HashSet;

import org.plaza.starter.jobs.PlazaJob;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The size, admission and rate filters, after the client address filter and before Spring Security
 * (whose filter runs at order -100).
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

    static final int SIZE_ORDER = -300;
    /** Admission wraps the rate limit, so a write refused for overload does not use up the resident's allowance. */
    static final int ADMISSION_ORDER = -250;
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

    @Bean
    Admission admission(LimitSettings settings) {
        return new Admission(settings.admission().maxConcurrent(), settings.admission().retryAfter());
    }

    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(Admission admission, RateLimiter limiter,
            LimitSettings settings, MeterRegistry meters) {
        FilterRegistrationBean<AdmissionFilter> registration = new FilterRegistrationBean<>(new AdmissionFilter(
                admission, limiter, new HashSet<>(settings.admission().rules()), meters));
        registration.setOrder(ADMISSION_ORDER);
        return registration;
    }

    /** Forgets full buckets every minute, as the job {@code gateway.idle-buckets}. */
    @Bean
    PlazaJob idleBucketsJob(RateLimiter limiter) {
        return PlazaJob.every("gateway.idle-buckets", Duration.ofMinutes(1), limiter::forgetIdle);
    }
}
