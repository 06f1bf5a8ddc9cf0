package org.plaza.starter.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Checks {@link RequiredSettings} while the service starts, so a deployment missing one never comes up. */
@AutoConfiguration
public class RequiredSettingsAutoConfiguration {

    @Bean
    RequiredSettingsCheck requiredSettingsCheck(Environment environment) {
        RequiredSettings.check(environment);
        return new RequiredSettingsCheck();
    }

    /** Marks that the check ran. */
    static final class RequiredSettingsCheck {
    }
}
