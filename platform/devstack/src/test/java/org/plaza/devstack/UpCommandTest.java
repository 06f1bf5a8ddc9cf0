package org.plaza.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaza.devstack.process.PidFile;
import org.plaza.devstack.process.ProcessStats;

class UpCommandTest {

    @TempDir
    Path dir;

    @Test
    void theUpLineCountsTheLauncherOnceThoughTheMailAndSmsSinksAreListedWithItsPid() {
        PidFile pids = new PidFile(dir.resolve("pids"));
        ProcessHandle launcher = ProcessHandle.current();
        pids.add(PidFile.LAUNCHER, launcher, List.of());
        pids.add("mail", launcher, List.of(3025, 8025));
        pids.add("sms", launcher, List.of(8026));

        String summary = UpCommand.residentMemory(pids);

        long megabytes = ProcessStats.residentKilobytes(launcher.pid()).orElse(0) / 1024;
        assertThat(summary).startsWith("1 processes, ");
        assertThat(Long.parseLong(summary.replaceAll("^1 processes, (\\d+) MB resident$", "$1")))
                .isBetween(megabytes / 2, megabytes * 2);
    }
}
