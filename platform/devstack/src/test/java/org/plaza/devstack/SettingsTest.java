package org.plaza.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsPutEverythingUnderDotPlazaOnTheStandardPorts() {
        Settings settings = Settings.parse(List.of("--repo", "/work/plaza"), Map.of());

        assertThat(settings.dataDir()).isEqualTo(Path.of("/work/plaza/.plaza"));
        assertThat(settings.pidFile()).isEqualTo(Path.of("/work/plaza/.plaza/pids"));
        assertThat(settings.logsDir()).isEqualTo(Path.of("/work/plaza/.plaza/logs"));
        assertThat(List.of(settings.kafkaPort(), settings.kafkaControllerPort(), settings.mongoPort(),
                settings.smtpPort(), settings.mailViewerPort(), settings.smsPort()))
                .containsExactly(9092, 9093, 27017, 3025, 8025, 8026);
        assertThat(settings.startTimeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void optionsWinOverEnvironmentVariablesWhichWinOverDefaults() {
        Settings settings = Settings.parse(List.of("--kafka-port", "19092", "--data-dir=/tmp/second"),
                Map.of("PLAZA_KAFKA_PORT", "29092", "PLAZA_MONGO_PORT", "27018", "PLAZA_DATA_DIR", "/tmp/env"));

        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.mongoPort()).isEqualTo(27018);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/second"));
    }

    @Test
    void theServicesShareOneJvmUnlessSeparateIsAskedFor() {
        assertThat(Settings.parse(List.of("--repo", "/work/plaza"), Map.of()).sharedJvm()).isTrue();
        assertThat(Settings.parse(List.of("--jvms", "separate"), Map.of()).sharedJvm()).isFalse();
        assertThat(Settings.parse(List.of(), Map.of("PLAZA_JVMS", "separate")).sharedJvm()).isFalse();
        assertThat(Settings.parse(List.of("--jvms", "shared"), Map.of("PLAZA_JVMS", "separate")).sharedJvm()).isTrue();
        assertThatThrownBy(() -> Settings.parse(List.of("--jvms", "one"), Map.of()))
                .isInstanceOf(Settings.UsageException.class).hasMessageContaining("--jvms");
    }

    @Test
    void jvmOptionsComeFromDevstackProperties() {
        Settings settings = Settings.parse(List.of(), Map.of());

        assertThat(settings.jvmOptions("mongo")).contains("-Xmx");
        assertThat(settings.mongoSocketTimeoutMillis()).isPositive();
    }

    @Test
    void aServiceGetsTheSharedJvmOptionsThenItsOwnSoThatItsOwnWin() {
        Settings settings = Settings.parse(List.of(), Map.of());

        assertThat(settings.serviceJvmOptions("no-such-service")).isEqualTo(settings.jvmOptions("service"));
        assertThat(settings.serviceJvmOptions("no-such-service")).contains("-Xmx");
    }

    @Test
    void servicesAreAllByDefaultNoneOrAChosenList() {
        assertThat(Settings.parse(List.of(), Map.of()).services()).isEmpty();
        assertThat(Settings.parse(List.of("--services", "none"), Map.of()).services()).hasValue(Set.of());
        assertThat(Settings.parse(List.of(), Map.of("PLAZA_SERVICES", "gateway, petitions")).services())
                .hasValueSatisfying(chosen -> assertThat(chosen).containsExactly("gateway", "petitions"));
    }

    @Test
    void rejectsUnknownOptionsAndPortsOutOfRange() {
        assertThatThrownBy(() -> Settings.parse(List.of("--kafka-prot", "1"), Map.of()))
                .isInstanceOf(Settings.UsageException.class).hasMessageContaining("--kafka-prot");
        assertThatThrownBy(() -> Settings.parse(List.of("--smtp-port", "70000"), Map.of()))
                .isInstanceOf(Settings.UsageException.class).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> Settings.parse(List.of("--mongo-port"), Map.of()))
                .isInstanceOf(Settings.UsageException.class).hasMessageContaining("needs a value");
    }
}
