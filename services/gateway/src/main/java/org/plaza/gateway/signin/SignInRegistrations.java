package org.plaza.gateway.signin;

import java.util.ArrayList;
import java.util.List;

import org.plaza.starter.config.DevelopmentProfiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The identity provider as Boot's {@code spring.security.oauth2.client.*} properties describe it, plus
 * its issuer ({@code plaza.gateway.sign-in.issuer}), which ID tokens must name. The issuer is set here
 * rather than as Boot's {@code issuer-uri} because Boot would then fetch identity's discovery document
 * while the gateway starts, and the gateway must start whether or not identity is up. (Another
 * provider with discovery can still be configured with Boot's {@code issuer-uri}.)
 * <p>
 * Outside the {@code embedded} and {@code test} profiles the gateway refuses to start with the public
 * development client secret, which anyone can read in this repository.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class SignInRegistrations {

    /** The client secret {@code ./plaza up} uses; public, so never accepted in a deployment. */
    static final String DEVELOPMENT_SECRET = "plaza-gateway-dev-secret";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
            @Value("${plaza.gateway.sign-in.issuer:}") String issuer, Environment environment) {
        List<ClientRegistration> registrations = new ArrayList<>();
        new OAuth2ClientPropertiesMapper(properties).asClientRegistrations().forEach((id, registration) ->
                registrations.add(id.equals(StaffSignIn.REGISTRATION) && !issuer.isBlank()
                        && registration.getProviderDetails().getIssuerUri() == null
                        ? ClientRegistration.withClientRegistration(registration).issuerUri(issuer).build()
                        : registration));
        registrations.stream().filter(registration -> registration.getRegistrationId().equals(StaffSignIn.REGISTRATION))
                .forEach(registration -> DevelopmentProfiles.refuseDevelopmentValue(environment,
                        "spring.security.oauth2.client.registration.identity.client-secret", "PLAZA_GATEWAY_CLIENT_SECRET",
                        registration.getClientSecret(), DEVELOPMENT_SECRET));
        return new InMemoryClientRegistrationRepository(registrations);
    }
}
