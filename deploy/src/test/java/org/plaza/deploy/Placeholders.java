package org.plaza.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Spring's {@code ${name:default}} placeholders: finding them in a value and resolving them. */
final class Placeholders {

    /**
     * One placeholder.
     *
     * @param name         what it looks up (a property or an environment variable)
     * @param defaultValue what it falls back to, or null when it has no default
     */
    record Reference(String name, String defaultValue) {

        boolean hasDefault() {
            return defaultValue != null;
        }
    }

    private Placeholders() {
    }

    /** The outermost placeholders of a value, with nested ones left inside their defaults. */
    static List<Reference> in(String value) {
        List<Reference> references = new ArrayList<>();
        int from = 0;
        while (true) {
            int start = value.indexOf("${", from);
            if (start < 0) {
                return references;
            }
            int end = closing(value, start + 2);
            if (end < 0) {
                return references;
            }
            references.add(reference(value.substring(start + 2, end)));
            from = end + 1;
        }
    }

    /**
     * The value with every placeholder replaced, looking names up with {@code lookup} (empty = not set), or
     * empty when a placeholder without a default cannot be resolved.
     */
    static Optional<String> resolve(String value, Function<String, Optional<String>> lookup) {
        StringBuilder resolved = new StringBuilder();
        int from = 0;
        while (true) {
            int start = value.indexOf("${", from);
            if (start < 0) {
                resolved.append(value.substring(from));
                return Optional.of(resolved.toString());
            }
            int end = closing(value, start + 2);
            if (end < 0) {
                resolved.append(value.substring(from));
                return Optional.of(resolved.toString());
            }
            resolved.append(value, from, start);
            Reference reference = reference(value.substring(start + 2, end));
            Optional<String> replacement = lookup.apply(reference.name());
            if (replacement.isEmpty() && reference.hasDefault()) {
                replacement = resolve(reference.defaultValue(), lookup);
            }
            if (replacement.isEmpty()) {
                return Optional.empty();
            }
            resolved.append(replacement.get());
            from = end + 1;
        }
    }

    private static Reference reference(String body) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ':' && depth == 0) {
                return new Reference(body.substring(0, i).trim(), body.substring(i + 1));
            }
        }
        return new Reference(body.trim(), null);
    }

    private static int closing(String value, int from) {
        int depth = 1;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
