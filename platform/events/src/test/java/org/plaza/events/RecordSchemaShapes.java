package org.plaza.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Compares a record with its JSON Schema: the same property names, a schema type that fits each
 * component's Java type, required exactly where the component can never be null on the wire.
 * Returns the differences as readable lines; no lines means they agree.
 */
final class RecordSchemaShapes {

    private RecordSchemaShapes() {
    }

    static List<String> differences(Class<?> recordClass, JsonNode objectSchema) {
        List<String> problems = new ArrayList<>();
        compareObject(recordClass, objectSchema, recordClass.getSimpleName(), problems);
        return problems;
    }

    private static void compareObject(Class<?> recordClass, JsonNode schema, String path, List<String> problems) {
        if (!recordClass.isRecord()) {
            problems.add(path + ": " + recordClass.getName() + " is not a record");
            return;
        }
        JsonNode properties = schema.path("properties");
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        Set<String> components = new LinkedHashSet<>();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            components.add(component.getName());
            String componentPath = path + "." + component.getName();
            JsonNode property = properties.get(component.getName());
            if (property == null) {
                problems.add(componentPath + ": no schema property");
                continue;
            }
            boolean isRequired = required.contains(component.getName());
            boolean nullable = allowsNull(property);
            if (isRequired == nullable) {
                String problem = isRequired ? "required but nullable" : "optional but not nullable";
                problems.add(componentPath + ": " + problem);
            }
            if (component.getType().isPrimitive() && !isRequired) {
                problems.add(componentPath + ": a primitive component must be required");
            }
            compareValue(component.getGenericType(), property, componentPath, problems);
        }
        properties.propertyNames().forEach(name -> {
            if (!components.contains(name)) {
                problems.add(path + "." + name + ": schema property without a record component");
            }
        });
        required.forEach(name -> {
            if (!components.contains(name)) {
                problems.add(path + "." + name + ": required but not a property");
            }
        });
    }

    private static void compareValue(Type type, JsonNode schema, String path, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                expectType(schema, "array", path, problems);
                compareValue(arguments[0], schema.path("items"), path + "[]", problems);
            } else if (raw == Map.class && arguments[0] == String.class) {
                expectType(schema, "object", path, problems);
                compareValue(arguments[1], schema.path("additionalProperties"), path + "{}", problems);
            } else {
                problems.add(path + ": unsupported type " + type.getTypeName());
            }
            return;
        }
        Class<?> javaClass = (Class<?>) type;
        if (javaClass == String.class) {
            expectType(schema, "string", path, problems);
        } else if (javaClass == Instant.class) {
            expectType(schema, "string", path, problems);
            expectFormat(schema, "date-time", path, problems);
        } else if (javaClass == LocalDate.class) {
            expectType(schema, "string", path, problems);
            expectFormat(schema, "date", path, problems);
        } else if (Set.of(int.class, long.class, Integer.class, Long.class).contains(javaClass)) {
            expectType(schema, "integer", path, problems);
        } else if (Set.of(double.class, Double.class).contains(javaClass)) {
            expectType(schema, "number", path, problems);
        } else if (Set.of(boolean.class, Boolean.class).contains(javaClass)) {
            expectType(schema, "boolean", path, problems);
        } else if (javaClass.isEnum()) {
            expectType(schema, "string", path, problems);
            Set<String> constants = new LinkedHashSet<>();
            for (Object constant : javaClass.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
            Set<String> allowed = new LinkedHashSet<>();
            schema.path("enum").forEach(value -> {
                if (!value.isNull()) {
                    allowed.add(value.asString());
                }
            });
            if (!constants.equals(allowed)) {
                problems.add(path + ": enum " + allowed + " but Java constants " + constants);
            }
        } else if (javaClass.isRecord()) {
            expectType(schema, "object", path, problems);
            compareObject(javaClass, schema, path, problems);
        } else {
            problems.add(path + ": unsupported type " + javaClass.getName());
        }
    }

    private static void expectType(JsonNode schema, String expected, String path, List<String> problems) {
        Set<String> types = types(schema);
        types.remove("null");
        if (!types.equals(Set.of(expected))) {
            problems.add(path + ": schema type " + types + " but Java needs " + expected);
        }
    }

    private static void expectFormat(JsonNode schema, String format, String path, List<String> problems) {
        if (!format.equals(schema.path("format").asString(""))) {
            problems.add(path + ": needs format " + format);
        }
    }

    private static boolean allowsNull(JsonNode schema) {
        return types(schema).contains("null");
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(value -> types.add(value.asString()));
        } else if (type.isString()) {
            types.add(type.asString());
        }
        return types;
    }

}
