package org.plaza.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.plaza.starter.jobs.JobRunner;
import org.plaza.testsupport.architecture.fixture.FixtureApplication;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

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
    void theStarterSchedulesNothingOutsideItsJobRunner() {
        Path starterClasses = codeSource(JobRunner.class);
        JavaClasses starter = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(starterClasses);

        ServiceArchitecture.backgroundWorkRunsAsJobs("org.plaza.starter").check(starter);
        assertThat(starter.contain("org.plaza.starter.outbox.OutboxRelay")).isTrue();
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void pluralsFollowEnglishSpelling() {
        assertThat(ServiceArchitecture.plural("Petition")).isEqualTo("Petitions");
        assertThat(ServiceArchitecture.plural("PublicBody")).isEqualTo("PublicBodies");
        assertThat(ServiceArchitecture.plural("Survey")).isEqualTo("Surveys");
        assertThat(ServiceArchitecture.plural("Batch")).isEqualTo("Batches");
    }
}
