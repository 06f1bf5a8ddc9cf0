package org.plaza.starter.phone;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param defaultRegion the region of a number typed without its country code ({@code US}: {@code (760) 555-1234})
 * @param allowedRegions the ISO 3166-1 regions whose numbers residents may give ({@code US} by default); an admin
 *                       adds one (for example {@code MX}) only once texts to it are wanted and paid for
 */
@ConfigurationProperties("plaza.phone")
public record PhoneSettings(String defaultRegion, List<String> allowedRegions) {

    public PhoneSettings {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "US"
                : defaultRegion.strip().toUpperCase(Locale.ROOT);
        allowedRegions = allowedRegions == null || allowedRegions.isEmpty() ? List.of("US")
                : allowedRegions.stream().map(region -> region.strip().toUpperCase(Locale.ROOT)).toList();
    }
}
