package org.plaza.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The starter's {@code plaza-defaults}: {@code *.properties} for every profile and {@code docker/*.properties}
 * for the 'docker' profile, merged in file-name order as {@code PlazaDefaults} merges them.
 *
 * @param directory the {@code plaza-defaults} folder
 * @param common    the defaults of every profile
 * @param docker    the 'docker' profile's defaults (they win over {@code common})
 */
record StarterDefaults(Path directory, Map<String, String> common, Map<String, String> docker) {

    static final String PROFILE = "docker";

    static StarterDefaults read(Path directory) {
        return new StarterDefaults(directory, merged(directory), merged(directory.resolve(PROFILE)));
    }

    private static Map<String, String> merged(Path directory) {
        Map<String, String> merged = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            return merged;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().endsWith(".properties")).sorted()
                    .forEach(file -> merged.putAll(SpringConfig.readProperties(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return merged;
    }
}
