package org.plaza.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** deploy/Dockerfile builds on what ./mvnw package produces, for every service. */
class DockerfileTest {

    private final DockerfileRules rules = new DockerfileRules(Deployment.current(), Repository.current());

    @Test
    void copiesTheJarEachServiceModulePackages() {
        assertThat(rules.jarOfEveryService()).isEmpty();
    }

    @Test
    void everyServicePackagesALayeredSpringBootJar() {
        assertThat(rules.bootJars()).isEmpty();
    }

    @Test
    void extractsTheJarAsLayersAndCopiesEveryLayerInOrder() {
        assertThat(rules.layers()).isEmpty();
    }

    @Test
    void startsTheLauncherWithAHeapSizedByTheContainer() {
        assertThat(rules.entrypoint()).isEmpty();
    }

    @Test
    void runsAsAnUnprivilegedUser() {
        assertThat(rules.user()).isEmpty();
    }

    @Test
    void buildContextCarriesTheJarsAndNoSourcesSecretsOrData() {
        assertThat(rules.context()).isEmpty();
    }

    static Stream<ServiceModule> services() {
        return Repository.current().services().stream();
    }

    /**
     * Runs the Dockerfile's extraction on the jar the module's build left in target/ and checks that the layers
     * the image copies are there and hold the launcher, the service and the platform's snapshot modules.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void extractionOfTheBuiltJarYieldsTheLayersTheImageCopies(ServiceModule module, @TempDir Path work)
            throws IOException, InterruptedException {
        Path jar = module.packagedJar();
        assumeTrue(isSpringBootJar(jar), () -> module + " has no Spring Boot jar at " + jar + " (run ./mvnw package)");
        try (JarFile built = new JarFile(jar.toFile())) {
            String index = new String(built.getInputStream(built.getEntry("BOOT-INF/layers.idx")).readAllBytes(),
                    StandardCharsets.UTF_8);
            List<String> layers = index.lines().filter(line -> line.startsWith("- \""))
                    .map(line -> line.substring(3, line.lastIndexOf('"'))).toList();
            assertThat(layers).containsExactlyElementsOf(DockerfileRules.LAYERS);
        }
        Files.copy(jar, work.resolve(rules.jarInStage().orElseThrow()));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(rules.extractCommand().orElseThrow());
        Process extraction = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(extraction.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(extraction.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(extraction.exitValue()).as(output).isZero();

        List<String> words = rules.extractCommand().orElseThrow();
        Path extracted = work.resolve(words.get(words.indexOf("--destination") + 1));
        for (String layer : DockerfileRules.LAYERS) {
            assertThat(extracted.resolve(layer)).as("layer " + layer).isDirectory();
        }
        assertThat(extracted.resolve("spring-boot-loader/" + DockerfileRules.LAUNCHER.replace('.', '/') + ".class")).isRegularFile();
        assertThat(extracted.resolve("application/BOOT-INF/classes")).isDirectoryContaining("glob:**/application.{yml,yaml,properties}");
        assertThat(java.util.stream.Stream.of("snapshot-dependencies", "application")
                .map(layer -> extracted.resolve(layer + "/BOOT-INF/lib").toFile().list())
                .filter(java.util.Objects::nonNull).flatMap(java.util.Arrays::stream))
                .as("the platform's own modules are in the image: in the application layer after a reactor build, "
                        + "in snapshot-dependencies after a build of one module")
                .anyMatch(library -> library.startsWith("plaza-starter-"));
    }

    private static boolean isSpringBootJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry("BOOT-INF/layers.idx") != null;
        } catch (IOException notAJar) {
            return false;
        }
    }
}
