package org.plaza.starter.openapi;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * springdoc serves {@code /v3/api-docs} (and the Swagger UI, whose page has no inline script, under
 * the unchanged Content-Security-Policy); the starter's security chain leaves both public. This
 * names the document after the service and marks which operations need a staff token.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = Type.SERVLET)
public class OpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI plazaOpenApi(Environment environment) {
        return PlazaOpenApi.document(environment.getProperty("spring.application.name", "plaza"));
    }

    @Bean
    OpenApiCustomizer plazaStaffOperations() {
        return PlazaOpenApi::requireStaffTokens;
    }
}
