package org.plaza.testsupport;

import java.util.List;
import java.util.Map;

import org.plaza.testsupport.security.StaffTokens;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Makes the service under test trust the local staff-token issuer.
 *
 * <p>The property goes in before the context refreshes, at the highest precedence, because
 * Boot decides whether to create a {@code JwtDecoder} from it while it parses configuration:
 * a {@code DynamicPropertyRegistrar} bean would add it too late for that.
 */
final class StaffIssuerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new StaffIssuerContextCustomizer();
    }

    private static final class StaffIssuerContextCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("plazaStaffTokenIssuer",
                    Map.of(StaffTokens.ISSUER_URI_PROPERTY, StaffTokens.shared().issuer(),
                            StaffTokens.JWK_SET_URI_PROPERTY, StaffTokens.shared().jwkSetUri())));
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }

    }

}
