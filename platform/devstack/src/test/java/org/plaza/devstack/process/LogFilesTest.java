package org.plaza.devstack.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path dir;

    @Test
    void tailReturnsTheLastLinesOfALog() throws Exception {
        Path log = new LogFiles(dir).openForRun("kafka");
        String lines = IntStream.rangeClosed(1, 50).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(log, lines, StandardOpenOption.APPEND);

        assertThat(LogFiles.tail(log, 3)).containsExactly("line 48", "line 49", "line 50");
    }

    @Test
    void eachRunIsMarkedSoTheLogTellsRunsApart() throws Exception {
        LogFiles logs = new LogFiles(dir);
        logs.openForRun("mongo");
        logs.openForRun("mongo");

        assertThat(Files.readAllLines(logs.of("mongo")))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("==== plaza: starting mongo at "));
    }

    @Test
    void tailOfAMissingLogIsEmpty() {
        assertThat(LogFiles.tail(dir.resolve("none.log"), 20)).isEmpty();
    }
}
