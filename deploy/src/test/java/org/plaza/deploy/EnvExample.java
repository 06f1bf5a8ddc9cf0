package org.plaza.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/.env.example: each variable on a line of its own, {@code NAME=value} when the operator must fill it in,
 * {@code # NAME=default} when it is optional, with comment lines above that explain it.
 */
final class EnvExample {

    /**
     * One documented variable.
     *
     * @param name        the variable
     * @param value       its example value
     * @param toFillIn    whether it is an uncommented line (the operator sets it)
     * @param explanation the comment lines right above it (and above the variables grouped with it)
     */
    record Variable(String name, String value, boolean toFillIn, String explanation) {
    }

    private static final Pattern LINE = Pattern.compile("^(#\\s*)?([A-Z][A-Z0-9_]*)=(.*)$");

    private EnvExample() {
    }

    static Map<String, Variable> read(Path file) {
        Map<String, Variable> variables = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return variables;
        }
        List<String> comments = new ArrayList<>();
        String explanation = "";
        for (String raw : Yaml.text(file).split("\n")) {
            String line = raw.strip();
            Matcher variable = LINE.matcher(line);
            if (variable.matches()) {
                if (!comments.isEmpty()) {
                    explanation = String.join(" ", comments);
                    comments.clear();
                }
                variables.put(variable.group(2), new Variable(variable.group(2), variable.group(3).strip(),
                        variable.group(1) == null, explanation));
            } else if (line.startsWith("#")) {
                comments.add(line.substring(1).strip());
            } else {
                comments.clear();
                explanation = "";
            }
        }
        return variables;
    }
}
