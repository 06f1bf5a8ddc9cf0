package org.plaza.identity;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.architecture.ServiceArchitecture;

/** The service keeps the shape every Plaza service keeps (see {@link ServiceArchitecture}). */
class ArchitectureTest {

    private final ServiceArchitecture service = ServiceArchitecture.of(IdentityApplication.class);

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
}
