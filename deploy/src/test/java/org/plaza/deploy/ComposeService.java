package org.plaza.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service of a Compose model, with the attributes the rules read normalized. */
record ComposeService(String name, Map<String, Object> definition) {

    String image() {
        return String.valueOf(definition.getOrDefault("image", ""));
    }

    boolean isBuilt() {
        return definition.containsKey("build");
    }

    /** The build section ({@code build: path} is a context without anything else). */
    Map<String, Object> build() {
        Object build = definition.get("build");
        return build instanceof String context ? Map.of("context", context) : Compose.mapping(build);
    }

    Map<String, String> buildArgs() {
        return strings(Compose.asMapping(build().get("args")));
    }

    /** Environment variables; a variable listed without a value maps to null. */
    Map<String, String> environment() {
        return strings(Compose.asMapping(definition.get("environment")));
    }

    /** Dependencies and the condition each waits for ({@code service_started} for the list form). */
    Map<String, String> dependsOn() {
        Object dependsOn = definition.get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> list) {
            list.forEach(name -> conditions.put(String.valueOf(name), "service_started"));
        } else {
            Compose.mapping(dependsOn).forEach((name, options) ->
                    conditions.put(name, String.valueOf(Compose.mapping(options).getOrDefault("condition", "service_started"))));
        }
        return conditions;
    }

    Map<String, Object> healthcheck() {
        return Compose.mapping(definition.get("healthcheck"));
    }

    /** The healthcheck command as one string (CMD / CMD-SHELL prefix dropped), or empty when there is none. */
    Optional<String> healthcheckCommand() {
        Map<String, Object> healthcheck = healthcheck();
        if (healthcheck.isEmpty() || Boolean.TRUE.equals(healthcheck.get("disable"))) {
            return Optional.empty();
        }
        Object test = healthcheck.get("test");
        List<String> words = new ArrayList<>();
        if (test instanceof List<?> list) {
            list.forEach(word -> words.add(String.valueOf(word)));
        } else if (test != null) {
            words.add(String.valueOf(test));
        }
        if (words.isEmpty() || words.get(0).equals("NONE")) {
            return Optional.empty();
        }
        if (words.get(0).equals("CMD") || words.get(0).equals("CMD-SHELL")) {
            words.remove(0);
        }
        return words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    }

    /** {@code deploy.resources.limits.memory}, or {@code mem_limit}. */
    Optional<String> memoryLimit() {
        Object limit = Compose.mapping(Compose.mapping(Compose.mapping(definition.get("deploy")).get("resources"))
                .get("limits")).get("memory");
        if (limit == null) {
            limit = definition.get("mem_limit");
        }
        return Optional.ofNullable(limit).map(String::valueOf);
    }

    /** {@code restart}, or the condition of {@code deploy.restart_policy}. */
    Optional<String> restartPolicy() {
        Object restart = definition.get("restart");
        if (restart == null) {
            restart = Compose.mapping(Compose.mapping(definition.get("deploy")).get("restart_policy")).get("condition");
        }
        return Optional.ofNullable(restart).map(String::valueOf);
    }

    int replicas() {
        Object replicas = Compose.mapping(definition.get("deploy")).get("replicas");
        if (replicas == null) {
            replicas = definition.get("scale");
        }
        return replicas == null ? 1 : Integer.parseInt(String.valueOf(replicas));
    }

    List<Mount> mounts() {
        return Compose.sequence(definition.get("volumes")).stream().map(Mount::of).toList();
    }

    List<PublishedPort> ports() {
        return Compose.sequence(definition.get("ports")).stream().map(PublishedPort::of).toList();
    }

    boolean isMongo() {
        return image().startsWith("mongo:") || image().equals("mongo");
    }

    boolean isKafka() {
        return image().startsWith("apache/kafka");
    }

    private static Map<String, String> strings(Map<String, Object> values) {
        Map<String, String> strings = new LinkedHashMap<>();
        values.forEach((key, value) -> strings.put(key, value == null ? null : String.valueOf(value)));
        return strings;
    }
}
