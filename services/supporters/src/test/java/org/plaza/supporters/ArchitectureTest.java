package org.plaza.supporters;

import org.plaza.testsupport.architecture.ServiceArchitectureTests;

/** The service keeps the shape every Plaza service keeps (see {@link org.plaza.testsupport.architecture.ServiceArchitecture}). */
class ArchitectureTest extends ServiceArchitectureTests {

    ArchitectureTest() {
        super(SupportersApplication.class);
    }
}
