package org.plaza.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The files of a {@code deploy/} folder: the real one, or a copy a test breaks on purpose. Its parent folder is
 * the Docker build context.
 *
 * @param directory the deploy folder
 */
record Deployment(Path directory) {

    static Deployment current() {
        return new Deployment(Repository.current().deployDirectory());
    }

    /** A copy of the real deploy folder's files (not its Maven build) under {@code parent/deploy}. */
    static Deployment copyInto(Path parent) {
        Path source = Repository.current().deployDirectory();
        Path target = parent.resolve("deploy");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path relative = source.relativize(file);
                if (relative.startsWith("src") || relative.startsWith("target")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Deployment(target);
    }

    /** The Docker build context of the services' images: the repository root. */
    Path buildContext() {
        return directory.getParent();
    }

    Compose compose() {
        return Compose.load(directory.resolve("compose.yaml"));
    }

    Compose scaleOverlay() {
        return Compose.load(directory.resolve("compose.scale.yaml"));
    }

    /** compose.yaml with compose.scale.yaml laid over it. */
    Compose scaled() {
        return compose().merge(scaleOverlay());
    }

    Dockerfile dockerfile() {
        return Dockerfile.read(directory.resolve("Dockerfile"));
    }

    /** The ignore file BuildKit applies to deploy/Dockerfile: {@code Dockerfile.dockerignore} beside it. */
    DockerIgnore dockerIgnore() {
        return DockerIgnore.read(directory.resolve("Dockerfile.dockerignore"));
    }

    Path envExample() {
        return directory.resolve(".env.example");
    }

    Path file(String relative) {
        return directory.resolve(relative);
    }

    /** Replaces the one occurrence of {@code from} in a file of this (copied) folder. */
    Deployment edit(String relative, String from, String to) {
        Path file = file(relative);
        String text = Yaml.text(file);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException(relative + " must contain exactly one '" + from + "'");
        }
        try {
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
