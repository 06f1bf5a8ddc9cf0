package org.plaza.testsupport.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * Request bodies and parameter values shaped by an operation's documented schema: a plausible body,
 * and the same body with every free-text field hostile, every field an operator or of the wrong type,
 * or operator and dotted keys added to every object.
 */
final class SchemaBodies {

    static final String CONTROL = "a\u0000b\u0007c\u202Ed\r\n\u001b[31m";
    private static final String LONG = "x".repeat(100_000);
    private static final int MAX_DEPTH = 6;

    /** What to put where the schema asks for a value. */
    enum Mode {
        PLAUSIBLE("a plausible body"),
        SCRIPT("script and HTML in every text field"),
        HUGE("a huge string in every text field"),
        CONTROL_CHARACTERS("control characters in every text field"),
        OPERATOR_VALUES("a MongoDB operator in every field"),
        OPERATOR_KEYS("$ and dotted keys in every object"),
        WRONG_TYPES("the wrong type in every field");

        final String description;

        Mode(String description) {
            this.description = description;
        }
    }

    private final ApiDocument document;
    private final Map<String, String> known;

    SchemaBodies(ApiDocument document) {
        this(document, Map.of());
    }

    /** With {@code known} values for text properties of these names (real ids) in plausible bodies. */
    SchemaBodies(ApiDocument document, Map<String, String> known) {
        this.document = document;
        this.known = known;
    }

    /** A plausible body for the schema, with the known values in place. */
    byte[] plausible(JsonNode schema) {
        return ApiDocument.json().writeValueAsBytes(value(schema, Mode.PLAUSIBLE, 0));
    }

    /** The names of the top-level properties of an object schema. */
    List<String> propertyNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        merged(document.resolve(schema)).path("properties").propertyNames().forEach(names::add);
        return names;
    }

    /** Every hostile JSON body for the schema, by description. */
    Map<String, byte[]> json(JsonNode schema) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (Mode mode : Mode.values()) {
            bodies.put("schema: " + mode.description,
                    ApiDocument.json().writeValueAsBytes(value(schema, mode, 0)));
        }
        return bodies;
    }

    /** Form bodies for a documented form: script, operator-named and huge fields. */
    Map<String, String> form(JsonNode schema) {
        List<String> names = new ArrayList<>();
        document.resolve(schema).path("properties").propertyNames().forEach(names::add);
        Map<String, String> bodies = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return bodies;
        }
        bodies.put("schema: script in every field", encoded(names, HostileInput.SCRIPT));
        bodies.put("schema: control characters in every field", encoded(names, CONTROL));
        bodies.put("schema: a huge string in every field", encoded(names, LONG));
        bodies.put("schema: operator-shaped names", names.stream()
                .map(name -> encode(name + "[$ne]") + "=1&" + encode("$" + name) + "=1&" + encode(name + ".$where") + "=1")
                .collect(Collectors.joining("&")));
        return bodies;
    }

    /** A query or path value of the parameter's type, made hostile the given way. */
    String parameter(JsonNode schema, Mode mode) {
        Object value = value(schema, mode, MAX_DEPTH - 1);
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return ApiDocument.json().writeValueAsString(value);
        }
        return String.valueOf(value);
    }

    private Object value(JsonNode raw, Mode mode, int depth) {
        JsonNode schema = merged(document.resolve(raw));
        String type = type(schema);
        if (mode == Mode.OPERATOR_VALUES && depth > 0 && !"object".equals(type)) {
            Map<String, Object> operator = new LinkedHashMap<>();
            operator.put("$ne", null);
            return operator;
        }
        if (mode == Mode.WRONG_TYPES && !"object".equals(type)) {
            return wrongType(type);
        }
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return ApiDocument.json().treeToValue(schema.path("enum").get(0), Object.class);
        }
        return switch (type) {
            case "object" -> object(schema, mode, depth);
            case "array" -> depth >= MAX_DEPTH ? List.of() : List.of(value(schema.path("items"), mode, depth + 1));
            case "integer" -> schema.path("minimum").isNumber() ? schema.path("minimum").asLong() : 1;
            case "number" -> schema.path("minimum").isNumber() ? schema.path("minimum").asDouble() : 1.5;
            case "boolean" -> true;
            default -> string(schema, mode);
        };
    }

    private Map<String, Object> object(JsonNode schema, Mode mode, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        if (depth < MAX_DEPTH) {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                boolean text = "string".equals(type(merged(document.resolve(property.getValue()))));
                object.put(property.getKey(), mode == Mode.PLAUSIBLE && text && known.containsKey(property.getKey())
                        ? known.get(property.getKey()) : value(property.getValue(), mode, depth + 1));
            }
        }
        if (mode == Mode.OPERATOR_KEYS) {
            object.put("$where", "sleep(5000)");
            object.put("$set", Map.of("status", "OPEN"));
            object.put("title.es", "x");
        }
        return object;
    }

    private static Object string(JsonNode schema, Mode mode) {
        return switch (mode) {
            case SCRIPT -> HostileInput.SCRIPT + "<img src=x onerror=alert(1)>";
            case HUGE -> LONG;
            case CONTROL_CHARACTERS -> CONTROL;
            default -> plausibleString(schema);
        };
    }

    private static String plausibleString(JsonNode schema) {
        String format = schema.path("format").asString("");
        return switch (format) {
            case "email" -> "resident@example.org";
            case "date" -> "2031-03-14";
            case "date-time" -> "2031-03-14T18:00:00Z";
            case "uuid" -> UUID.randomUUID().toString();
            case "uri", "url" -> "https://example.org/plaza";
            default -> "plaza" + "x".repeat(Math.max(0, Math.min(schema.path("minLength").asInt(0), 200) - 5));
        };
    }

    private static Object wrongType(String type) {
        return switch (type) {
            case "integer", "number" -> "many";
            case "boolean" -> "maybe";
            case "array" -> Map.of("not", "a list");
            default -> Map.of("not", "text");
        };
    }

    /** The schema's type; {@code allOf} parts merged, the first of {@code oneOf}/{@code anyOf} taken. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString(""))) {
                    return each.asString("");
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    private JsonNode merged(JsonNode schema) {
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.path(choice).size() > 0) {
                return merged(document.resolve(schema.path(choice).get(0)));
            }
        }
        if (schema.path("allOf").size() == 0) {
            return schema;
        }
        var merged = ApiDocument.json().createObjectNode();
        var properties = merged.putObject("properties");
        merged.put("type", "object");
        for (JsonNode part : schema.path("allOf")) {
            JsonNode resolved = merged(document.resolve(part));
            resolved.path("properties").properties().forEach(entry -> properties.set(entry.getKey(), entry.getValue()));
        }
        schema.path("properties").properties().forEach(entry -> properties.set(entry.getKey(), entry.getValue()));
        return merged;
    }

    private static String encoded(List<String> names, String value) {
        return names.stream().map(name -> encode(name) + "=" + encode(value)).collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
