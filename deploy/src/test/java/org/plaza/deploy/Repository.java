package org.plaza.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checkout the tests read: the repository root (found from the working directory, which Maven sets to
 * {@code deploy/}), its service modules, the starter's defaults, and the Compose Specification schema kept
 * next to the checkout in {@code ../shared/schemas/}.
 */
final class Repository {

    private static final Repository CURRENT = new Repository(findRoot(Path.of("").toAbsolutePath()));

    private final Path root;
    private final List<ServiceModule> services;

    private Repository(Path root) {
        this.root = root;
        this.services = listServices(root);
    }

    static Repository current() {
        return CURRENT;
    }

    Path root() {
        return root;
    }

    Path deployDirectory() {
        return root.resolve("deploy");
    }

    /** The Compose Specification JSON Schema, read from the shared folder beside the repository (never copied). */
    Path composeSpecSchema() {
        return root.resolve("../shared/schemas/compose-spec.json").normalize();
    }

    /** Every {@code services/<name>} module (a folder with a pom.xml), by name. */
    List<ServiceModule> services() {
        return services;
    }

    ServiceModule service(String name) {
        return services.stream().filter(s -> s.directoryName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no module services/" + name));
    }

    /** The starter's defaults for every profile and for the 'docker' profile, in the order Spring applies them. */
    StarterDefaults starterDefaults() {
        return StarterDefaults.read(root.resolve("platform/starter/src/main/resources/plaza-defaults"));
    }

    /** The starter's Java sources, where the platform's own meters are named. */
    Path starterSources() {
        return root.resolve("platform/starter/src/main/java");
    }

    private static Path findRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("services"))
                    && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No Plaza repository root (pom.xml, services/, deploy/) above " + start);
    }

    private static List<ServiceModule> listServices(Path root) {
        try (Stream<Path> dirs = Files.list(root.resolve("services"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .sorted()
                    .map(ServiceModule::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
