package org.plaza.starter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class RequiredSettingsTest {

    @Test
    void aDeploymentWithoutThePublicBaseUrlItRendersIntoLinksRefusesToStart() {
        MockEnvironment docker = new MockEnvironment()
                .withProperty("plaza.required-settings[0]", "plaza.outreach.public-base-url")
                .withProperty("plaza.required-settings[1]", "plaza.outreach.internal-base-url")
                .withProperty("plaza.outreach.internal-base-url", "http://outreach:8085");
        docker.setActiveProfiles("docker");

        assertThatIllegalStateException().isThrownBy(() -> RequiredSettings.check(docker))
                .withMessageContaining("plaza.outreach.public-base-url (PLAZA_OUTREACH_PUBLICBASEURL)")
                .withMessageNotContaining("internal-base-url");
    }

    @Test
    void aBlankValueCountsAsMissing() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("plaza.required-settings", "plaza.comments.public-base-url")
                .withProperty("plaza.comments.public-base-url", " ");

        assertThatIllegalStateException().isThrownBy(() -> RequiredSettings.check(environment));
    }

    @Test
    void theEmbeddedAndTestProfilesRunWithoutThem() {
        for (String profile : new String[] { "embedded", "test" }) {
            MockEnvironment development = new MockEnvironment()
                    .withProperty("plaza.required-settings", "plaza.outreach.public-base-url");
            development.setActiveProfiles(profile);

            assertThatNoException().isThrownBy(() -> RequiredSettings.check(development));
        }
    }

    @Test
    void aServiceThatSetsThemStarts() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("plaza.required-settings", "plaza.petitions.public-base-url")
                .withProperty("plaza.petitions.public-base-url", "https://plaza.example.org");

        assertThatNoException().isThrownBy(() -> RequiredSettings.check(environment));
        assertThat(RequiredSettings.of(environment)).containsExactly("plaza.petitions.public-base-url");
    }

    @Test
    void aPublicDevelopmentSecretIsRefusedOutsideDevelopment() {
        MockEnvironment docker = new MockEnvironment();
        docker.setActiveProfiles("docker");
        MockEnvironment embedded = new MockEnvironment();
        embedded.setActiveProfiles("embedded");

        assertThatIllegalStateException().isThrownBy(() -> DevelopmentProfiles.refuseDevelopmentValue(docker,
                "client-secret", "SECRET", "dev", "dev")).withMessageContaining("public development value");
        assertThatIllegalStateException().isThrownBy(() -> DevelopmentProfiles.refuseDevelopmentValue(docker,
                "client-secret", "SECRET", "", "dev")).withMessageContaining("missing");
        assertThatNoException().isThrownBy(() -> DevelopmentProfiles.refuseDevelopmentValue(embedded,
                "client-secret", "SECRET", "dev", "dev"));
        assertThatNoException().isThrownBy(() -> DevelopmentProfiles.refuseDevelopmentValue(docker,
                "client-secret", "SECRET", "s3cr3t-of-our-own", "dev"));
    }
}
