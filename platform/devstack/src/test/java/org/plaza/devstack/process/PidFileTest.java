package org.plaza.devstack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFileTest {

    @TempDir
    Path dir;

    @Test
    void recordsProcessesWithTheirPortsInStartOrder() {
        PidFile pids = new PidFile(dir.resolve("pids"));
        pids.add("launcher", ProcessHandle.current(), List.of());
        pids.add("kafka", ProcessHandle.current(), List.of(9092, 9093));

        List<PidFile.Entry> read = new PidFile(dir.resolve("pids")).read();

        assertThat(read).extracting(PidFile.Entry::name).containsExactly("launcher", "kafka");
        assertThat(read.get(1).pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(read.get(1).ports()).containsExactly(9092, 9093);
        assertThat(read.get(1).process()).isPresent();
    }

    @Test
    void doesNotTakeARecycledPidForTheRecordedProcess() {
        long pid = ProcessHandle.current().pid();
        long otherStart = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli() - 60_000;

        PidFile.Entry entry = new PidFile.Entry("mongo", pid, otherStart, List.of(27017));

        assertThat(entry.process()).isEmpty();
    }

    @Test
    void removingTheLastEntryKeepsAnEmptyFileAndDeleteRemovesIt() {
        PidFile pids = new PidFile(dir.resolve("pids"));
        pids.add("mail", ProcessHandle.current(), List.of(3025, 8025));
        pids.remove("mail");
        assertThat(pids.read()).isEmpty();

        pids.delete();
        assertThat(dir.resolve("pids")).doesNotExist();
    }

    @Test
    void skipsCommentsAndMalformedLines() throws Exception {
        Files.writeString(dir.resolve("pids"), "# header\nkafka 12 34 9092,9093\ngarbage\nmongo x y\n\n");

        assertThat(new PidFile(dir.resolve("pids")).read())
                .containsExactly(new PidFile.Entry("kafka", 12, 34, List.of(9092, 9093)));
    }
}
