package org.plaza.insights.dashboard;

import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Who may do what, and where the chart library is served from. Operators and admins see every
 * campaign and the platform's health; organizers see their campaigns; only admins replay.
 * uPlot comes from its webjar under {@code /insights/webjars/**}, a path the gateway routes here.
 */
@Configuration(proxyBeanMethods = false)
class InsightsWeb implements WebMvcConfigurer {

    @Bean
    PlazaHttpSecurityCustomizer insightsRules() {
        return PlazaHttpSecurityCustomizer.authorizing(rules -> rules
                .requestMatchers(HttpMethod.POST, "/staff/insights/replay", "/api/staff/insights/replay")
                .hasRole("ADMIN")
                .requestMatchers("/api/staff/insights/health", "/api/staff/insights/replay")
                .hasAnyRole("ADMIN", "OPERATOR")
                .requestMatchers("/staff/insights/**", "/api/staff/insights/**")
                .hasAnyRole("ADMIN", "OPERATOR", "ORGANIZER"));
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/insights/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
