package org.plaza.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.architecture.fixture.FixtureApplication;

class ServiceArchitectureTest {

    private final ServiceArchitecture fixture = ServiceArchitecture.ofTestFixture(FixtureApplication.class);

    @Test
    void aPageThatReachesBackIntoAFeatureBuiltOnItsOwnIsACycle() {
        assertThatThrownBy(fixture::featuresHaveNoCycles).hasMessageContaining("feature 'moderation'")
                .hasMessageContaining("feature 'petition'");
    }

    @Test
    void aDomainClassThatUsesAPageBreaksTheEdge() {
        assertThatThrownBy(fixture::webIsTheEdge).hasMessageContaining("Moderation");
    }

    @Test
    void aPlainClassNamedAsThePluralOfADocumentIsRefused() {
        assertThatThrownBy(fixture::pluralNounsAreRepositories)
                .hasMessageContaining("fixture.moderation.Petitions is named as the plural of a stored document");
    }

    @Test
    void eventWiringUnderAnotherNameIsRefused() {
        assertThatThrownBy(fixture::eventWiringIsNamedBindings).hasMessageContaining("SignupMessaging");
    }

    @Test
    void aScheduledMethodAndAScheduledExecutorOfItsOwnAreRefused() {
        assertThatThrownBy(fixture::backgroundWorkRunsAsJobs).hasMessageContaining("ReminderTicker.remind()")
                .hasMessageContaining("is annotated with org.springframework.scheduling.annotation.Scheduled")
                .hasMessageContaining("newSingleThreadScheduledExecutor");
    }

    @Test
    void pluralsFollowEnglishSpelling() {
        assertThat(ServiceArchitecture.plural("Petition")).isEqualTo("Petitions");
        assertThat(ServiceArchitecture.plural("PublicBody")).isEqualTo("PublicBodies");
        assertThat(ServiceArchitecture.plural("Survey")).isEqualTo("Surveys");
        assertThat(ServiceArchitecture.plural("Batch")).isEqualTo("Batches");
    }
}
