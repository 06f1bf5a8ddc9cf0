package org.plaza.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The variables a Compose file takes from the environment or {@code .env} ({@code ${VAR}}, {@code ${VAR:-x}}, {@code ${VAR:?e}}). */
final class Interpolations {

    /** How a variable is used: required ones stop Compose when unset. */
    enum Use { PLAIN, DEFAULTED, REQUIRED }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?[^}]*}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private Interpolations() {
    }

    /** Every variable a model's values use, and the strictest way it is used. */
    static Map<String, Use> in(Compose compose) {
        Map<String, Use> variables = new LinkedHashMap<>();
        collect(compose.model(), variables);
        return variables;
    }

    private static void collect(Object value, Map<String, Use> into) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> {
                collect(key, into);
                collect(child, into);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, into));
        } else if (value instanceof String text) {
            Matcher matcher = VARIABLE.matcher(text);
            while (matcher.find()) {
                if (matcher.group().equals("$$")) {
                    continue;
                }
                String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
                String operator = matcher.group(2) == null ? "" : matcher.group(2);
                Use use = operator.contains("?") ? Use.REQUIRED : operator.contains("-") ? Use.DEFAULTED : Use.PLAIN;
                into.merge(name, use, (left, right) -> left.compareTo(right) >= 0 ? left : right);
            }
        }
    }
}
