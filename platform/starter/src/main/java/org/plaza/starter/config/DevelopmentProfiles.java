package org.plaza.starter.config;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * The profiles that may run on public development values: {@code embedded} ({@code ./plaza up}) and
 * {@code test}. Everywhere else a service fails closed: it refuses to start on a missing setting or on a
 * value that is public in this repository (the supporter key, the gateway's client secret, the public
 * base URL a service renders into links).
 */
public final class DevelopmentProfiles {

    /** {@code embedded | test}. */
    public static final Profiles DEVELOPMENT = Profiles.of("embedded | test");

    private DevelopmentProfiles() {
    }

    public static boolean active(Environment environment) {
        return environment.acceptsProfiles(DEVELOPMENT);
    }

    /**
     * Refuses to start outside the development profiles when {@code value} is blank or is the public
     * {@code developmentValue}; {@code variable} is the environment variable the operator should set.
     */
    public static void refuseDevelopmentValue(Environment environment, String property, String variable, String value,
            String developmentValue) {
        if (active(environment)) {
            return;
        }
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is missing. Set " + variable
                    + ". Only the 'embedded' and 'test' profiles may run without it.");
        }
        if (value.equals(developmentValue)) {
            throw new IllegalStateException(property + " is the public development value from the repository. Set "
                    + variable + " to a secret of your own (for example the output of 'openssl rand -base64 48'). "
                    + "Only the 'embedded' and 'test' profiles may run with it.");
        }
    }
}
