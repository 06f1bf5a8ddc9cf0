package org.plaza.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The {@code plaza} script at the repository's root, as a developer runs it. */
class PlazaScriptTest {

    private static final Path SCRIPT = Path.of("../../plaza").toAbsolutePath().normalize();

    @Test
    void theHelpListsEveryOptionTheLauncherTakes() throws Exception {
        assertThat(SCRIPT).exists();
        Process help = new ProcessBuilder("bash", SCRIPT.toString(), "help").redirectErrorStream(true).start();
        String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(help.exitValue()).as(text).isZero();
        // --repo is the script's own: it passes the repository it lives in.
        Settings.optionNames().stream().filter(name -> !name.equals("repo"))
                .forEach(name -> assertThat(text).as("./plaza help").contains("--" + name + " "));
        assertThat(Files.readString(SCRIPT)).contains("PLAZA_SMS_PORT");
    }

    @Test
    void upHelpPrintsTheOptionsAndTheDefaultJvmsWithoutBuildingOrStarting() throws Exception {
        Process help = new ProcessBuilder("bash", SCRIPT.toString(), "up", "--no-build", "--help")
                .redirectErrorStream(true).start();
        String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(help.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(help.exitValue()).as(text).isZero();
        assertThat(text).contains("Usage: ./plaza <command> [options]")
                .containsPattern("--jvms shared\\|separate +PLAZA_JVMS +all services in one JVM \\(default\\)")
                .doesNotContain("Building Plaza", "Starting Plaza");
    }
}
