package org.plaza.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Spring configuration files read as Spring reads them: flat {@code a.b[0].c} keys to string values. */
final class SpringConfig {

    private SpringConfig() {
    }

    /**
     * The properties a file contributes when {@code profile} is active: a {@code .properties} file, or the
     * documents of a YAML file that have no {@code spring.config.activate.on-profile} or name {@code profile}.
     * A missing file contributes nothing.
     */
    static Map<String, String> read(Path file, String profile) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return properties;
        }
        if (file.getFileName().toString().endsWith(".properties")) {
            properties.putAll(readProperties(file));
            return properties;
        }
        for (Map<String, Object> document : Yaml.readAll(file)) {
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", document, flat);
            String onProfile = flat.remove("spring.config.activate.on-profile");
            if (onProfile == null || Arrays.stream(onProfile.split(",")).map(String::trim).anyMatch(profile::equals)) {
                properties.putAll(flat);
            }
        }
        return properties;
    }

    static Map<String, String> readProperties(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }

    /** The environment variable Spring's relaxed binding reads a property from: {@code a.b-c[0].d} is {@code A_BC_0_D}. */
    static String environmentName(String property) {
        return variable(property.replace("-", ""));
    }

    /** Both names Spring reads a property from: the canonical one and the legacy one with dashes as underscores. */
    static List<String> environmentNames(String property) {
        return List.of(environmentName(property), variable(property.replace('-', '_')));
    }

    private static String variable(String property) {
        String name = property.replace('.', '_').replace('[', '_').replace("]", "").toUpperCase(Locale.ROOT);
        return name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    }

    private static void flatten(String prefix, Object value, Map<String, String> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flatten(join(prefix, String.valueOf(key)), child, into));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }

    private static String join(String prefix, String key) {
        if (prefix.isEmpty()) {
            return key;
        }
        return key.startsWith("[") ? prefix + key : prefix + "." + key;
    }
}
