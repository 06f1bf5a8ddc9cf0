package org.plaza.starter.layout;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The shared layout for servlet services: templates {@code plaza/layout}, stylesheet {@code /plaza/plaza.css}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(LayoutModel.class)
public class LayoutAutoConfiguration {

    /** The layout's {@code @plazaPageMeta}: absolute addresses for link previews. */
    @Bean
    PageMeta plazaPageMeta(@Value("${plaza.public-base-url:}") String publicBaseUrl) {
        return new PageMeta(publicBaseUrl);
    }
}
