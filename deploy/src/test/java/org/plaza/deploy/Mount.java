package org.plaza.deploy;

import java.util.Map;

/**
 * One entry of a service's {@code volumes}: short syntax ({@code source:target[:mode]}) or long syntax.
 *
 * @param source   a named volume, a host path (starting with {@code .}, {@code /} or {@code ~}), or empty (anonymous)
 * @param target   the path in the container
 * @param readOnly whether the container cannot write to it
 */
record Mount(String source, String target, boolean readOnly) {

    static Mount of(Object entry) {
        if (entry instanceof Map<?, ?> map) {
            return new Mount(text(map.get("source")), text(map.get("target")), Boolean.TRUE.equals(map.get("read_only")));
        }
        String[] parts = String.valueOf(entry).split(":");
        return switch (parts.length) {
            case 1 -> new Mount("", parts[0], false);
            case 2 -> new Mount(parts[0], parts[1], false);
            default -> new Mount(parts[0], parts[1], parts[2].contains("ro"));
        };
    }

    boolean isBind() {
        return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
    }

    boolean isNamedVolume() {
        return !source.isEmpty() && !isBind();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
