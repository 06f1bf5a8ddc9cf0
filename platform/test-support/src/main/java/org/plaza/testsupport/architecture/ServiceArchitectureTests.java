package org.plaza.testsupport.architecture;

import org.junit.jupiter.api.Test;

/**
 * The architecture rules as tests: a service's {@code ArchitectureTest} extends this with its application
 * class, and JUnit runs each rule as a test of that service.
 */
public abstract class ServiceArchitectureTests {

    private final ServiceArchitecture service;

    protected ServiceArchitectureTests(Class<?> application) {
        this.service = ServiceArchitecture.of(application);
    }

    @Test
    void featuresUseEachOtherInOneDirectionOnly() {
        service.featuresHaveNoCycles();
    }

    @Test
    void pagesAndApisAreAdaptersThatNothingElseCalls() {
        service.webIsTheEdge();
    }

    @Test
    void pluralNounsNameRepositoriesAndNothingElse() {
        service.pluralNounsAreRepositories();
    }

    @Test
    void eventWiringClassesAreNamedBindings() {
        service.eventWiringIsNamedBindings();
    }

    @Test
    void backgroundWorkRunsAsJobsOfTheStartersRunner() {
        service.backgroundWorkRunsAsJobs();
    }
}
