package org.plaza.starter.layout;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** The shared layout for servlet services: templates {@code plaza/layout}, stylesheet {@code /plaza/plaza.css}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(LayoutModel.class)
public class LayoutAutoConfiguration {
}
