package org.plaza.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.plaza.bench.cpu.StackProcesses.Sample;

/** /proc parsing and the arithmetic of CPU per operation, on fixed samples. */
class CpuUsageTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void cpuTicksAreUserPlusSystemTimeCountedFromTheEndOfTheCommandName() {
        String stat = "4242 (java (petitions) x) S 1 4242 4242 0 -1 4194560 123 0 0 0 1500 250 7 3 20 0 42 0 99 "
                + "1234567 30000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

        assertThat(Proc.cpuTicks(stat)).hasValue(1750);
        assertThat(Proc.cpuTicks("garbage")).isEmpty();
        assertThat(Proc.cpuTicks("1 (short) S 1 2")).isEmpty();
    }

    @Test
    void residentMemoryIsTheVmRssLine() {
        String status = "Name:\tjava\nVmPeak:\t 4000000 kB\nVmRSS:\t  312456 kB\nRssAnon:\t 300000 kB\n";

        assertThat(Proc.rssKilobytes(status)).hasValue(312456);
        assertThat(Proc.rssKilobytes("Name:\tjava\n")).isEmpty();
    }

    @Test
    void thePidFileGivesEveryProcessButTheLauncher() {
        String pids = "# Plaza devstack processes: name pid start-epoch-millis ports\n"
                + "launcher 100 1700000000000 -\nkafka 101 1700000000001 9092,9093\nmongo 102 0 27017\n"
                + "petitions 103 1700000000003 8083\nbroken line\n";

        assertThat(StackProcesses.parsePidFile(pids)).containsExactly(Map.entry("kafka", 101L), Map.entry("mongo", 102L),
                Map.entry("petitions", 103L));
    }

    @Test
    void theMailAndSmsSinksInTheLaunchersProcessAreMeasuredOnceUnderTheirJoinedNames() {
        String pids = "launcher 100 1700000000000 -\nkafka 101 1700000000001 9092,9093\n"
                + "mail 100 1700000000000 3025,8025\nsms 100 1700000000000 8026\npetitions 103 1700000000003 8083\n";

        assertThat(StackProcesses.parsePidFile(pids)).containsExactly(Map.entry("kafka", 101L),
                Map.entry("mail+sms", 100L), Map.entry("petitions", 103L));
    }

    @Test
    void netCpuPerOperationIsTheWindowLessTheRateAtRestDividedByTheOperations() {
        // 100 ticks a second: petitions uses 0.5 s of CPU in 10 s at rest (50 ms/s), then 3 s in a 20 s window
        Map<String, Sample> idleStart = Map.of("petitions", new Sample(1000, 0, 0), "bench", new Sample(0, 0, 0));
        Map<String, Sample> idleEnd = Map.of("petitions", new Sample(1050, 0, 10 * SECOND), "bench", new Sample(10, 0, 10 * SECOND));
        Map<String, Sample> loadEnd = Map.of("petitions", new Sample(1350, 300 * 1024, 30 * SECOND),
                "bench", new Sample(510, 100 * 1024, 30 * SECOND));

        CpuUsage usage = CpuUsage.of(idleStart, idleEnd, idleEnd, loadEnd, 100, 100, name -> !name.equals("bench"), "n",
                Map.of());

        CpuUsage.ProcessCpu petitions = usage.processes().get("petitions");
        assertThat(petitions.cpuMs()).isEqualTo(3000.0);
        assertThat(petitions.idleCpuMsPerSecond()).isEqualTo(50.0);
        assertThat(petitions.netCpuMs()).isEqualTo(2000.0);
        assertThat(petitions.cpuMsPerOperation()).isEqualTo(20.0);
        assertThat(petitions.rssMegabytes()).isEqualTo(300);
        assertThat(usage.processes().get("bench").inTotal()).isFalse();
        assertThat(usage.totalNetCpuMs()).isEqualTo(2000.0);
        assertThat(usage.totalCpuMsPerOperation()).isEqualTo(20.0);
        assertThat(usage.totalGrossCpuMsPerOperation()).isEqualTo(30.0);
        assertThat(usage.totalRssMegabytes()).isEqualTo(300);
        assertThat(usage.windowSeconds()).isEqualTo(20.0);
    }

    @Test
    void withoutARestMeasurementOrOperationsNothingIsSubtractedAndThereIsNoPerOperationFigure() {
        Map<String, Sample> start = Map.of("kafka", new Sample(0, 0, 0));
        Map<String, Sample> end = Map.of("kafka", new Sample(250, 0, 5 * SECOND), "gone-at-start", new Sample(9, 0, SECOND));

        CpuUsage usage = CpuUsage.of(Map.of(), Map.of(), start, end, 0, 100, name -> true, "n", Map.of());

        assertThat(usage.processes()).containsOnlyKeys("kafka");
        assertThat(usage.processes().get("kafka").netCpuMs()).isEqualTo(2500.0);
        assertThat(usage.totalCpuMsPerOperation()).isNull();
    }

    @Test
    void aProcessBusierThanAtRestNeverCountsNegative() {
        Map<String, Sample> idleStart = Map.of("mail", new Sample(0, 0, 0));
        Map<String, Sample> idleEnd = Map.of("mail", new Sample(100, 0, SECOND));
        Map<String, Sample> loadEnd = Map.of("mail", new Sample(150, 0, 2 * SECOND));

        assertThat(CpuUsage.of(idleStart, idleEnd, idleEnd, loadEnd, 10, 100, name -> true, "n", Map.of())
                .processes().get("mail").netCpuMs()).isZero();
    }
}
