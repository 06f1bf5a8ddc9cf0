package org.plaza.starter.locale;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The languages a service answers in.
 *
 * @param defaultLocale the language when the request expresses no supported preference
 *                      ({@code plaza.locale.default})
 * @param supported     every language residents can choose; each needs its message bundles
 */
@ConfigurationProperties("plaza.locale")
public record LocaleSettings(@Name("default") @DefaultValue("es") Locale defaultLocale,
        @DefaultValue({ "es", "en" }) List<Locale> supported) {

    public LocaleSettings {
        supported = List.copyOf(supported);
        if (!supported.contains(defaultLocale)) {
            throw new IllegalArgumentException("plaza.locale.default=" + defaultLocale
                    + " must be one of plaza.locale.supported=" + supported);
        }
    }
}
