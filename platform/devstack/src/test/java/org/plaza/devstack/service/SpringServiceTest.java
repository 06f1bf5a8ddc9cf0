package org.plaza.devstack.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plaza.devstack.process.JavaCommand;

class SpringServiceTest {

    @TempDir
    Path dir;

    private final SpringService.Wiring wiring = new SpringService.Wiring("127.0.0.1:19092",
            name -> "mongodb://127.0.0.1:27018/plaza_" + name + "?socketTimeoutMS=30000", "127.0.0.1", 3026,
            Map.of("gateway", "http://127.0.0.1:9080", "petitions", "http://127.0.0.1:9083"));

    @Test
    void runsTheJarOnTheEmbeddedProfileWiredToTheStack() {
        SpringService service = service();

        assertThat(service.command()).containsSubsequence("-jar",
                dir.resolve("runtime/petitions/plaza-petitions.jar").toString(), "--spring.profiles.active=embedded");
        assertThat(service.environment())
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                .containsEntry("SPRING_MONGODB_URI", "mongodb://127.0.0.1:27018/plaza_petitions?socketTimeoutMS=30000")
                .containsEntry("SPRING_MAIL_HOST", "127.0.0.1")
                .containsEntry("SPRING_MAIL_PORT", "3026")
                .containsEntry("SERVER_PORT", "9083")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true")
                .containsEntry("PLAZA_SERVICES_GATEWAY_URL", "http://127.0.0.1:9080")
                .containsEntry("PLAZA_PUBLIC_URL", "http://127.0.0.1:9080")
                .containsEntry("PLAZA_TWILIO_BASE_URL", "http://127.0.0.1:8026")
                .containsEntry("PLAZA_SMS_WEBHOOK_BASE_URL", "http://127.0.0.1:9083");
    }

    @Test
    void refusesToStartWithoutABuiltJarAndSaysHowToBuildIt() {
        assertThatThrownBy(service()::stageJar)
                .isInstanceOf(IOException.class)
                .hasMessageContaining("./plaza up --rebuild");
    }

    @Test
    void runsFromACopySoARebuildCannotRewriteTheJarInUse() throws Exception {
        Path built = Files.createDirectories(dir.resolve("services/petitions/target")).resolve("plaza-petitions.jar");
        Files.writeString(built, "boot jar");

        service().stageJar();

        assertThat(dir.resolve("runtime/plaza-petitions.jar")).hasContent("boot jar");
    }

    @Test
    void theFirstRunExtractsTheJarAndWritesAClassArchiveWhenItStopsLaterRunsMapIt() throws Exception {
        Path built = Files.createDirectories(dir.resolve("services/petitions/target")).resolve("plaza-petitions.jar");
        Files.writeString(built, "boot jar");
        SpringService service = service();
        service.stageJar();

        assertThat(service.preparation()).singleElement().satisfies(extract -> assertThat(extract)
                .contains("-Djarmode=tools", "extract", dir.resolve("runtime/petitions").toString()));
        assertThat(service.command()).contains("-XX:ArchiveClassesAtExit=" + dir.resolve("runtime/petitions.jsa"));
        assertThat(service.stopTimeout()).isEqualTo(SpringService.RECORDING_STOP_TIMEOUT);

        Files.createDirectories(dir.resolve("runtime/petitions"));
        Files.writeString(dir.resolve("runtime/petitions/plaza-petitions.jar"), "extracted");
        Files.writeString(dir.resolve("runtime/petitions.jsa"), "archive");

        assertThat(service.preparation()).isEmpty();
        assertThat(service.command()).contains("-XX:SharedArchiveFile=" + dir.resolve("runtime/petitions.jsa"))
                .doesNotContain("-XX:ArchiveClassesAtExit=" + dir.resolve("runtime/petitions.jsa"));
        assertThat(service.stopTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theSameJarKeepsItsClassArchiveAcrossStartsWhenTheCopyKeepsItsTimeOnlyToTheMicrosecond() throws Exception {
        Path built = Files.createDirectories(dir.resolve("services/petitions/target")).resolve("plaza-petitions.jar");
        Files.writeString(built, "boot jar");
        Files.setLastModifiedTime(built, FileTime.from(Instant.parse("2026-12-07T13:22:36.310149909Z")));
        service().stageJar();
        Files.setLastModifiedTime(dir.resolve("runtime/plaza-petitions.jar"),
                FileTime.from(Instant.parse("2026-12-07T13:22:36.310149Z")));
        Files.writeString(dir.resolve("runtime/petitions.jsa"), "archive");

        service().stageJar();

        assertThat(dir.resolve("runtime/petitions.jsa")).hasContent("archive");
    }

    @Test
    void aNewJarDropsTheExtractionAndTheClassArchiveOfTheOldOne() throws Exception {
        Path built = Files.createDirectories(dir.resolve("services/petitions/target")).resolve("plaza-petitions.jar");
        Files.writeString(built, "boot jar");
        service().stageJar();
        Files.createDirectories(dir.resolve("runtime/petitions/lib"));
        Files.writeString(dir.resolve("runtime/petitions/lib/a.jar"), "lib");
        Files.writeString(dir.resolve("runtime/petitions.jsa"), "archive");

        Files.writeString(built, "a new boot jar");
        service().stageJar();

        assertThat(dir.resolve("runtime/petitions")).doesNotExist();
        assertThat(dir.resolve("runtime/petitions.jsa")).doesNotExist();
        assertThat(dir.resolve("runtime/plaza-petitions.jar")).hasContent("a new boot jar");
    }

    private SpringService service() {
        ServiceCatalog.Service petitions = new ServiceCatalog.Service("petitions", 8083, dir.resolve("services/petitions"));
        return new SpringService(petitions, 9083, dir.resolve("runtime"), dir.resolve("work"),
                new JavaCommand(Path.of("java"), "cp"), "-Xmx64m", wiring);
    }
}
