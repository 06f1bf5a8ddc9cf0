package org.plaza.starter.problem;

import org.plaza.starter.locale.LocaleAutoConfiguration;
import org.plaza.starter.logging.CapabilityPaths;
import org.plaza.starter.logging.LoggingAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** Problem details for APIs and the error page for everything else, in place of Boot's error handling. */
@AutoConfiguration(before = { ErrorMvcAutoConfiguration.class, WebMvcAutoConfiguration.class },
        after = { LocaleAutoConfiguration.class, JacksonAutoConfiguration.class, LoggingAutoConfiguration.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@EnableConfigurationProperties(ProblemSettings.class)
public class ProblemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LocalizedProblems localizedProblems(MessageSource messageSource, ObjectProvider<LocaleResolver> localeResolver,
            ProblemSettings settings, ObjectProvider<JsonMapper> json) {
        return new LocalizedProblems(messageSource, localeResolver, settings,
                json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    @Bean
    ProblemExceptionHandler plazaProblemExceptionHandler(LocalizedProblems problems, ProblemSettings settings,
            ObjectProvider<CapabilityPaths> paths) {
        return new ProblemExceptionHandler(problems, settings, paths.getIfAvailable(() -> CapabilityPaths.of(null)));
    }

    @Bean
    @ConditionalOnMissingBean(value = ErrorController.class, search = SearchStrategy.CURRENT)
    PlazaErrorController plazaErrorController(LocalizedProblems problems, ErrorAttributes errorAttributes,
            ObjectProvider<CapabilityPaths> paths) {
        return new PlazaErrorController(problems, errorAttributes, paths.getIfAvailable(() -> CapabilityPaths.of(null)));
    }
}
