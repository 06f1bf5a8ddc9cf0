package org.plaza.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code ports} entry. Any entry publishes: {@code "8080"} alone publishes the container port on a random
 * host port.
 *
 * @param hostIp    the host address it binds to, or empty for every interface
 * @param published the host port (may be an interpolation such as {@code ${PLAZA_HTTP_PORT:-8080}}), or empty
 * @param target    the container port
 */
record PublishedPort(String hostIp, String published, String target) {

    static PublishedPort of(Object entry) {
        if (entry instanceof Map<?, ?> map) {
            return new PublishedPort(text(map.get("host_ip")), text(map.get("published")), text(map.get("target")));
        }
        String spec = String.valueOf(entry);
        int protocol = spec.indexOf('/');
        if (protocol >= 0) {
            spec = spec.substring(0, protocol);
        }
        // Split on the colons outside ${...} interpolations.
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ':' && depth == 0) {
                parts.add(spec.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(spec.substring(start));
        return switch (parts.size()) {
            case 1 -> new PublishedPort("", "", parts.get(0));
            case 2 -> new PublishedPort("", parts.get(0), parts.get(1));
            default -> new PublishedPort(parts.get(0), parts.get(1), parts.get(2));
        };
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
