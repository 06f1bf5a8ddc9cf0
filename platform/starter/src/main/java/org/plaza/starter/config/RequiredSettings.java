package org.plaza.starter.config;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Settings a service cannot run without in a deployment, listed by the service itself in
 * {@code plaza.required-settings} (its {@code application.yml}): typically the public base URL it renders
 * into links in emails, which would otherwise name {@code localhost}. Outside the {@code embedded} and
 * {@code test} profiles a service whose list names a blank or unset property refuses to start, like it does
 * without the supporter key; the Compose validation in {@code deploy/} reads the same list.
 */
public final class RequiredSettings {

    /** The property that lists the required settings. */
    public static final String PROPERTY = "plaza.required-settings";

    private RequiredSettings() {
    }

    /** The required properties, as the service lists them. */
    public static List<String> of(Environment environment) {
        return Binder.get(environment).bind(PROPERTY, Bindable.listOf(String.class)).orElse(List.of());
    }

    /** Throws, naming every missing setting and its environment variable, unless a development profile is active. */
    public static void check(Environment environment) {
        if (DevelopmentProfiles.active(environment)) {
            return;
        }
        List<String> missing = of(environment).stream()
                .filter(property -> environment.getProperty(property, "").isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Required settings are missing: " + String.join(", ", missing.stream()
                    .map(property -> property + " (" + environmentVariable(property) + ")").toList())
                    + ". Only the 'embedded' and 'test' profiles may run without them.");
        }
    }

    /** The environment variable Spring reads a property from: {@code plaza.outreach.public-base-url} is {@code PLAZA_OUTREACH_PUBLICBASEURL}. */
    static String environmentVariable(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
