package org.plaza.devstack.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two services in one JVM ({@code --jvms shared}) over jars built here: a library both have is loaded once, a library
 * only one has stays invisible to the other although the shared loader holds it, each finds its own
 * {@code application.properties} (where its database is named), and neither can reach the other's classes, so what
 * they tell each other still goes through Kafka or HTTP.
 */
class SharedJvmMainTest {

    @TempDir
    Path dir;

    private Map<String, SharedJvmMain.ServiceClassLoader> loaders;
    private Properties spec;

    @BeforeEach
    void twoServices() throws IOException {
        Path classes = compile("package common; public class Greeting {}",
                "package extra; public class Pdf {}", "package petitions; public class Petition {}");
        Path common = jar("common-1.0.jar", classes, "common/Greeting.class",
                Map.of("META-INF/plaza.factories", "common"));
        Path extra = jar("extra-2.1.jar", classes, "extra/Pdf.class", Map.of("META-INF/plaza.factories", "extra"));
        Path petitions = jar("plaza-petitions.jar", classes, "petitions/Petition.class",
                Map.of("application.properties", "spring.mongodb.database=plaza_petitions"));
        Path comments = jar("plaza-comments.jar", classes, null,
                Map.of("application.properties", "spring.mongodb.database=plaza_comments"));
        spec = new Properties();
        spec.setProperty(SharedJvmMain.SERVICES, "petitions,comments");
        spec.setProperty(SharedJvmMain.SHARED_LIBS, common + java.io.File.pathSeparator + extra);
        spec.setProperty("petitions.classpath", petitions.toString());
        spec.setProperty("petitions." + SharedJvmMain.VISIBLE, "common-1.0.jar,extra-2.1.jar");
        spec.setProperty("comments.classpath", comments.toString());
        spec.setProperty("comments." + SharedJvmMain.VISIBLE, "common-1.0.jar");
        loaders = SharedJvmMain.loaders(spec);
    }

    @Test
    void aLibraryBothServicesHaveIsLoadedOnce() throws Exception {
        Class<?> forPetitions = loaders.get("petitions").loadClass("common.Greeting");
        Class<?> forComments = loaders.get("comments").loadClass("common.Greeting");

        assertThat(forPetitions).isSameAs(forComments);
        assertThat(forPetitions.getClassLoader().getName()).isEqualTo("plaza-shared-libs");
    }

    @Test
    void aServiceDoesNotSeeTheClassesOrResourcesOfALibraryOnlyAnotherServiceHas() throws Exception {
        SharedJvmMain.ServiceClassLoader comments = loaders.get("comments");

        assertThat(loaders.get("petitions").loadClass("extra.Pdf")).isNotNull();
        assertThatThrownBy(() -> comments.loadClass("extra.Pdf")).isInstanceOf(ClassNotFoundException.class);
        assertThat(Collections.list(comments.getResources("META-INF/plaza.factories"))).hasSize(1);
        assertThat(Collections.list(loaders.get("petitions").getResources("META-INF/plaza.factories"))).hasSize(2);
    }

    @Test
    void aServiceWhoseCopyOfALibraryDiffersFromTheSharedOneOfTheSameNameSeesItsOwnCopysClassesAndResources()
            throws Exception {
        // a snapshot jar (plaza-starter-0.1.0-SNAPSHOT.jar) rebuilt for one service only: same name, other content
        Path classes = compile("package common; public class Greeting { public static final int BUILD = 2; }");
        Files.createDirectories(dir.resolve("comments-lib"));
        Path ownCommon = jar("comments-lib/common-1.0.jar", classes, "common/Greeting.class",
                Map.of("META-INF/plaza.factories", "common, rebuilt"));
        spec.setProperty("comments.classpath", spec.getProperty("comments.classpath") + java.io.File.pathSeparator + ownCommon);
        spec.setProperty("comments." + SharedJvmMain.VISIBLE, "");
        SharedJvmMain.ServiceClassLoader comments = SharedJvmMain.loaders(spec).get("comments");

        assertThat(comments.loadClass("common.Greeting").getClassLoader()).isSameAs(comments);
        assertThat(Collections.list(comments.getResources("META-INF/plaza.factories"))).singleElement()
                .satisfies(url -> assertThat(url.toString()).contains("comments-lib/common-1.0.jar"));
        assertThat(read(comments, "META-INF/plaza.factories")).isEqualTo("common, rebuilt");
    }

    @Test
    void eachServiceReadsItsOwnApplicationPropertiesAndSoItsOwnDatabase() throws IOException {
        assertThat(read(loaders.get("petitions"), "application.properties")).contains("plaza_petitions");
        assertThat(read(loaders.get("comments"), "application.properties")).contains("plaza_comments");
    }

    @Test
    void aServiceCannotReachAnotherServicesClasses() throws Exception {
        assertThat(loaders.get("petitions").loadClass("petitions.Petition").getClassLoader().getName())
                .isEqualTo("plaza-service:petitions");
        assertThatThrownBy(() -> loaders.get("comments").loadClass("petitions.Petition"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theServicesDoNotSeeTheLaunchersClassPath() {
        assertThatThrownBy(() -> loaders.get("petitions").loadClass(SharedJvmMain.class.getName()))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aServiceThatDoesNotStartIsRecordedForTheLauncherAndNoLongerEndsTheJvm() throws Exception {
        Path exits = dir.resolve("shared-jvm.exits");
        spec.setProperty(SharedJvmMain.EXITS, exits.toString());
        spec.setProperty("petitions.log", dir.resolve("petitions.log").toString());
        spec.setProperty("comments.log", dir.resolve("comments.log").toString());
        Path specFile = dir.resolve("shared-jvm.properties");
        try (OutputStream out = Files.newOutputStream(specFile)) {
            spec.store(out, null);
        }
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        try {
            // neither jar names a start class or has Spring: both fail, and main returns instead of System.exit
            SharedJvmMain.main(new String[] {specFile.toString()});
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(new org.plaza.devstack.process.PartExits(exits).unread())
                .extracting(org.plaza.devstack.process.PartExits.Exit::part)
                .containsExactlyInAnyOrder("petitions", "comments");
        assertThat(Files.readString(dir.resolve("petitions.log"))).contains("petitions did not start");
    }

    @Test
    void outputGoesToTheLogOfTheServiceWhoseThreadCreatedTheWriterWhenALibrarySetItsOwnContextClassLoader()
            throws Exception {
        java.io.ByteArrayOutputStream processLog = new java.io.ByteArrayOutputStream();
        SharedJvmMain.RoutedOutput routed = new SharedJvmMain.RoutedOutput(processLog);
        ClassLoader petitions = loaders.get("petitions");
        routed.route(petitions, dir.resolve("petitions.log"));
        Thread serviceStart = new Thread(() -> {
            SharedJvmMain.RoutedOutput.OWNER.set(petitions);
            Thread.currentThread().setContextClassLoader(ClassLoader.getPlatformClassLoader());
            // as a library's network thread, started while the library had its own loader as context
            Thread network = new Thread(() -> write(routed, "producer connected\n"));
            network.start();
            join(network);
        });
        Thread sharedPool = new Thread(() -> write(routed, "common pool\n"));
        sharedPool.setContextClassLoader(ClassLoader.getPlatformClassLoader());

        serviceStart.start();
        serviceStart.join();
        sharedPool.start();
        sharedPool.join();

        assertThat(Files.readString(dir.resolve("petitions.log"))).isEqualTo("producer connected\n");
        assertThat(processLog.toString(StandardCharsets.UTF_8)).isEqualTo("common pool\n");
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theLibraryMostServicesHaveIsSharedAndTwoArtifactsOfOneNameBothAre() throws IOException {
        Path v1 = file("a/commons-io-2.20.0.jar", 10);
        Path v2 = file("b/commons-io-2.21.0.jar", 20);
        Path v2c = file("c/commons-io-2.21.0.jar", 20);
        Path jackson2 = file("a/jackson-databind-2.21.4.jar", 30);
        Path jackson3 = file("a/jackson-databind-3.1.4.jar", 40);

        List<Path> shared = SharedJvm.sharedLibraries(new java.util.LinkedHashMap<>(Map.of(
                "a", List.of(v1, jackson2, jackson3), "b", List.of(v2), "c", List.of(v2c))));

        assertThat(shared).extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrder(
                "commons-io-2.21.0.jar", "jackson-databind-2.21.4.jar", "jackson-databind-3.1.4.jar");
        assertThat(SharedJvm.artifact("spring-boot-data-mongodb-4.0.7.jar")).isEqualTo("spring-boot-data-mongodb");
    }

    private Path file(String name, int size) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[size]);
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path compile(String... sources) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        List<String> args = new java.util.ArrayList<>(List.of("-d", out.toString()));
        for (String source : sources) {
            String pkg = source.substring("package ".length(), source.indexOf(';'));
            String type = source.substring(source.indexOf("class ") + 6, source.indexOf(" {"));
            Path file = src.resolve(pkg).resolve(type + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            args.add(file.toString());
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
        return out;
    }

    private Path jar(String name, Path classes, String classFile, Map<String, String> resources) throws IOException {
        Path jar = dir.resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            if (classFile != null) {
                out.putNextEntry(new JarEntry(classFile));
                out.write(Files.readAllBytes(classes.resolve(classFile)));
            }
            for (Map.Entry<String, String> resource : resources.entrySet()) {
                out.putNextEntry(new JarEntry(resource.getKey()));
                out.write(resource.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }
}
