package org.plaza.petitions.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Form posts answer {@code 303 See Other}, the redirect that always turns into a GET (post/redirect/get). */
@Component
class SeeOtherRedirects implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ThymeleafViewResolver resolver) {
            resolver.setRedirectHttp10Compatible(false);
        }
        return bean;
    }
}
