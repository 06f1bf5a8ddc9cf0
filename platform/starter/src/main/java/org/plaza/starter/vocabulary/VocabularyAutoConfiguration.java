package org.plaza.starter.vocabulary;

import org.plaza.starter.locale.LocaleSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The {@link Vocabulary} bean, named {@code vocabulary}, in every service. */
@AutoConfiguration
@EnableConfigurationProperties({ VocabularySettings.class, LocaleSettings.class })
public class VocabularyAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Vocabulary vocabulary(VocabularySettings settings, LocaleSettings locales) {
        return new Vocabulary(settings, locales.supported());
    }
}
