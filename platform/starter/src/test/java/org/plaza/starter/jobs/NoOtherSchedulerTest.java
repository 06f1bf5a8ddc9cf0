package org.plaza.starter.jobs;

import org.junit.jupiter.api.Test;
import org.plaza.testsupport.architecture.ServiceArchitecture;

/** The starter itself keeps the rule it gives every service: background work runs as jobs of this package's runner. */
class NoOtherSchedulerTest {

    @Test
    void nothingInTheStarterSchedulesWorkOutsideTheJobRunner() {
        ServiceArchitecture.of(JobRunner.class, "org.plaza.starter").backgroundWorkRunsAsJobs();
    }
}
