package org.plaza.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Compose model (one file, or several merged the way {@code docker compose -f a -f b} merges them) and
 * typed views of its services.
 */
final class Compose {

    /** Service attributes whose sequences the later file replaces instead of extending (Compose merge rules). */
    private static final Set<String> REPLACED_SEQUENCES = Set.of("command", "entrypoint", "test");

    /** Service attributes that Compose merges as mappings whether written as a list or a mapping. */
    private static final Set<String> MAPPING_ATTRIBUTES = Set.of("environment", "labels", "depends_on", "args");

    private final Map<String, Object> model;
    private final Path directory;

    private Compose(Map<String, Object> model, Path directory) {
        this.model = model;
        this.directory = directory;
    }

    static Compose load(Path file) {
        return new Compose(Yaml.read(file), file.toAbsolutePath().getParent());
    }

    /** This model with {@code overlay} laid over it. */
    Compose merge(Compose overlay) {
        return new Compose(mergeMappings(model, overlay.model, ""), directory);
    }

    Map<String, Object> model() {
        return model;
    }

    /** The folder relative paths in the file are resolved against (the first file's folder). */
    Path directory() {
        return directory;
    }

    String name() {
        return String.valueOf(model.get("name"));
    }

    Map<String, ComposeService> services() {
        Map<String, ComposeService> services = new LinkedHashMap<>();
        mapping(model.get("services")).forEach((name, definition) ->
                services.put(name, new ComposeService(name, mapping(definition))));
        return services;
    }

    ComposeService service(String name) {
        ComposeService service = services().get(name);
        if (service == null) {
            throw new IllegalArgumentException("no Compose service " + name);
        }
        return service;
    }

    /** Names of the top-level named volumes. */
    Set<String> volumes() {
        return mapping(model.get("volumes")).keySet();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapping(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<Object> sequence(Object value) {
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

    /** {@code KEY=value} lists and {@code KEY: value} mappings both become a mapping (value null when absent). */
    static Map<String, Object> asMapping(Object value) {
        if (value instanceof List<?> list) {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (Object item : list) {
                String text = String.valueOf(item);
                int equals = text.indexOf('=');
                if (equals < 0) {
                    entries.put(text, null);
                } else {
                    entries.put(text.substring(0, equals), text.substring(equals + 1));
                }
            }
            return entries;
        }
        return mapping(value);
    }

    private static Map<String, Object> mergeMappings(Map<String, Object> base, Map<String, Object> overlay, String path) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        overlay.forEach((key, value) -> merged.put(key, merged.get(key) == null || value == null
                ? (value == null ? merged.get(key) : value) : mergeValues(key, merged.get(key), value, path)));
        return merged;
    }

    private static Object mergeValues(String key, Object base, Object overlay, String path) {
        String here = path.isEmpty() ? key : path + "." + key;
        boolean inService = here.startsWith("services.");
        if (inService && MAPPING_ATTRIBUTES.contains(key)) {
            Map<String, Object> merged = new LinkedHashMap<>(asMapping(base));
            asMapping(overlay).forEach((name, value) -> merged.put(name,
                    merged.get(name) instanceof Map<?, ?> left && value instanceof Map<?, ?> right
                            ? mergeMappings(mapping(left), mapping(right), here + "." + name) : value));
            return merged;
        }
        if (base instanceof Map<?, ?> && overlay instanceof Map<?, ?>) {
            return mergeMappings(mapping(base), mapping(overlay), here);
        }
        if (base instanceof List<?> left && overlay instanceof List<?> right) {
            if (REPLACED_SEQUENCES.contains(key)) {
                return right;
            }
            if (inService && key.equals("volumes")) {
                return mergeMounts(left, right);
            }
            Set<Object> union = new LinkedHashSet<>(left);
            union.addAll(right);
            return new ArrayList<>(union);
        }
        return overlay;
    }

    /** Service volumes merge by mount target: the overlay's mount of a path replaces the base's. */
    private static List<Object> mergeMounts(List<?> base, List<?> overlay) {
        Map<String, Object> byTarget = new LinkedHashMap<>();
        for (Object mount : base) {
            byTarget.put(Mount.of(mount).target(), mount);
        }
        for (Object mount : overlay) {
            byTarget.put(Mount.of(mount).target(), mount);
        }
        return new ArrayList<>(byTarget.values());
    }
}
