package org.plaza.starter.locale;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;

/** Plaza's language resolution in place of Boot's {@code Accept-Language}-only resolver. */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(LocaleSettings.class)
public class LocaleAutoConfiguration {

    /** Runs before Spring Security's filter chain, so even a 401 is answered in the chosen language. */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    PlazaLocaleResolver localeResolver(LocaleSettings settings) {
        return new PlazaLocaleResolver(settings);
    }

    @Bean
    FilterRegistrationBean<LanguageCookieFilter> languageCookieFilter(PlazaLocaleResolver localeResolver) {
        FilterRegistrationBean<LanguageCookieFilter> registration =
                new FilterRegistrationBean<>(new LanguageCookieFilter(localeResolver));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
