package org.plaza.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads YAML the way Compose does where it matters here: anchors, aliases and {@code <<} merge keys resolved,
 * duplicate keys refused.
 */
final class Yaml {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Yaml() {
    }

    /** The single document of a file, as plain maps, lists and scalars. */
    static Map<String, Object> read(Path file) {
        return readText(text(file), file.toString());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readText(String text, String origin) {
        Object document = parser().load(text);
        if (document == null) {
            return Map.of();
        }
        if (!(document instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(origin + " is not a YAML mapping");
        }
        return (Map<String, Object>) document;
    }

    /** Every document of a multi-document file (Spring's {@code ---}). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> readAll(Path file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : parser().loadAll(text(file))) {
            if (document instanceof Map<?, ?> map) {
                documents.add((Map<String, Object>) map);
            }
        }
        return documents;
    }

    static JsonNode toJson(Object yaml) {
        return JSON.valueToTree(yaml);
    }

    static JsonNode readJson(Path file) {
        return parseJson(text(file));
    }

    static JsonNode parseJson(String json) {
        return JSON.readTree(json);
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.yaml.snakeyaml.Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(500);
        return new org.yaml.snakeyaml.Yaml(new SafeConstructor(options));
    }
}
