package org.plaza.identity.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plaza.identity.IdentitySettings;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

/** The gateway's client secret written in this repository must never protect a deployment. */
class DevelopmentSecretTest {

    @Test
    void identityDeployedWithThePublicDevelopmentSecretRefusesToStart() {
        MockEnvironment docker = new MockEnvironment();
        docker.setActiveProfiles("docker");

        assertThatIllegalStateException().isThrownBy(() -> GatewayClientRegistration.of(
                        settings(GatewayClientRegistration.DEVELOPMENT_SECRET), NoOpPasswordEncoder.getInstance(), docker))
                .withMessageContaining("PLAZA_GATEWAY_CLIENT_SECRET");
    }

    @Test
    void theDevelopmentSecretStillWorksUnderPlazaUpAndASecretOfItsOwnEverywhere() {
        MockEnvironment embedded = new MockEnvironment();
        embedded.setActiveProfiles("embedded");
        MockEnvironment docker = new MockEnvironment();
        docker.setActiveProfiles("docker");

        assertThat(GatewayClientRegistration.of(settings(GatewayClientRegistration.DEVELOPMENT_SECRET),
                NoOpPasswordEncoder.getInstance(), embedded).getClientId()).isEqualTo("plaza-gateway");
        assertThat(GatewayClientRegistration.of(settings("an-own-secret-9f2"), NoOpPasswordEncoder.getInstance(), docker)
                .getClientSecret()).isEqualTo("an-own-secret-9f2");
    }

    private static IdentitySettings settings(String secret) {
        return new IdentitySettings(URI.create("http://identity:8081"),
                new IdentitySettings.GatewayClient("plaza-gateway", secret, List.of(URI.create("http://gateway:8080"))),
                new IdentitySettings.Tokens(Duration.ofMinutes(10), Duration.ofHours(8)),
                new IdentitySettings.SignIn(5, Duration.ofMinutes(15)),
                new IdentitySettings.BootstrapAdmin("admin", "", ""));
    }
}
