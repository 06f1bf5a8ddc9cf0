package org.plaza.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** The client secret written in this repository must never protect a deployment. */
class DevelopmentSecretTest {

    private final ApplicationContextRunner gateway = new ApplicationContextRunner()
            .withUserConfiguration(SignInRegistrations.class)
            .withPropertyValues(
                    "spring.security.oauth2.client.registration.identity.provider=identity",
                    "spring.security.oauth2.client.registration.identity.client-id=plaza-gateway",
                    "spring.security.oauth2.client.registration.identity.authorization-grant-type=authorization_code",
                    "spring.security.oauth2.client.registration.identity.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                    "spring.security.oauth2.client.provider.identity.authorization-uri=/oauth2/authorize",
                    "spring.security.oauth2.client.provider.identity.token-uri=http://identity:8081/oauth2/token",
                    "spring.security.oauth2.client.provider.identity.jwk-set-uri=http://identity:8081/oauth2/jwks");

    @Test
    void aGatewayDeployedWithThePublicDevelopmentSecretRefusesToStart() {
        gateway.withPropertyValues("spring.security.oauth2.client.registration.identity.client-secret="
                        + SignInRegistrations.DEVELOPMENT_SECRET)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("PLAZA_GATEWAY_CLIENT_SECRET"));
    }

    @Test
    void theDevelopmentSecretStillWorksUnderPlazaUp() {
        gateway.withPropertyValues("spring.security.oauth2.client.registration.identity.client-secret="
                        + SignInRegistrations.DEVELOPMENT_SECRET)
                .withInitializer(context -> context.getEnvironment().setActiveProfiles("embedded"))
                .run(context -> assertThat(context).hasSingleBean(ClientRegistrationRepository.class));
    }

    @Test
    void aSecretOfItsOwnStarts() {
        gateway.withPropertyValues("spring.security.oauth2.client.registration.identity.client-secret=8Jq2-our-own")
                .run(context -> assertThat(context).hasSingleBean(ClientRegistrationRepository.class));
    }
}
