package org.plaza.starter.redirect;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Every {@code redirect:} view name answers {@code 303 See Other} instead of {@code 302 Found}: after a form
 * POST, 303 always makes the browser GET the next page, so a reload never sends the form again. Controllers
 * keep returning {@code "redirect:/path"}. The {@code Location} stays as written (a relative path resolves
 * against the address the browser used, the gateway's).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ThymeleafViewResolver.class)
public class SeeOtherAutoConfiguration {

    @Bean
    static BeanPostProcessor plazaSeeOtherRedirects() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setRedirectHttp10Compatible(false);
                }
                return bean;
            }
        };
    }
}
