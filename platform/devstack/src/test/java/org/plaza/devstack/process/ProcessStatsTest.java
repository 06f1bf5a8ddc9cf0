package org.plaza.devstack.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessStatsTest {

    @Test
    void residentMemoryIsTheVmRssLineInKilobytes() {
        assertThat(ProcessStats.residentKilobytes("Name:\tjava\nVmHWM:\t  400000 kB\nVmRSS:\t  312456 kB\nThreads:\t40\n"))
                .hasValue(312456);
        assertThat(ProcessStats.residentKilobytes("Name:\tkthreadd\nThreads:\t1\n")).isEmpty();
    }

    @Test
    void cpuTimeIsUserPlusSystemTicksCountedFromTheEndOfTheName() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 123 0 0 0 1500 250 7 3 20 0 42 0 99 1234567";

        assertThat(ProcessStats.cpuMillis(stat)).hasValue(17500);
        assertThat(ProcessStats.cpuMillis("no name")).isEmpty();
    }

    @Test
    void thisJvmHasSomeResidentMemoryOnLinux() {
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(ProcessStats.residentKilobytes(ProcessHandle.current().pid()).orElse(0)).isPositive();
        }
    }
}
