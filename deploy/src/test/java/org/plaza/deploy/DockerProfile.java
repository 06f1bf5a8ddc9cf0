package org.plaza.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What one service reads when it runs in Compose with the 'docker' profile: its Compose environment over its
 * application files over the starter's docker defaults over the starter's common defaults, placeholders resolved
 * as Spring resolves them. Values Compose interpolates from {@code .env} (those containing {@code ${}) are the
 * operator's and count as set.
 */
final class DockerProfile {

    /** Names of settings that are secrets: never a literal or a built-in default in the deployment. */
    static final Pattern SECRET_NAME = Pattern.compile("(?i).*(KEY|SECRET|PASSWORD|TOKEN|CREDENTIAL).*");

    private static final Pattern LOOPBACK = Pattern.compile("(?i)(?<![\\w.-])(127\\.0\\.0\\.1|localhost|\\[::1])(?![\\w.-])");

    private final ServiceModule module;
    private final Map<String, String> environment;
    private final Map<String, String> files = new LinkedHashMap<>();

    DockerProfile(ServiceModule module, StarterDefaults defaults, Map<String, String> environment) {
        this.module = module;
        this.environment = environment;
        files.putAll(defaults.common());
        files.putAll(defaults.docker());
        module.configuration().forEach(files::putAll);
    }

    /** A property's value as the service sees it, placeholders resolved; empty when unset or unresolvable. */
    Optional<String> property(String name) {
        return lookup(name, new HashSet<>());
    }

    /** Whether the value of a property comes from the operator's {@code .env} (a Compose interpolation). */
    boolean fromOperator(String name) {
        return environmentValue(name).map(value -> value.contains("${")).orElse(false);
    }

    /**
     * Placeholders without a default that nothing sets, in the values the service actually reads (a value
     * overridden by a higher source is never read) and in its Java sources.
     */
    List<String> unresolvedPlaceholders() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : effectiveFileValues().entrySet()) {
            for (Placeholders.Reference reference : Placeholders.in(entry.getValue())) {
                if (!reference.hasDefault() && lookup(reference.name(), new HashSet<>()).isEmpty()) {
                    problems.add(module + ": " + entry.getKey() + " reads ${" + reference.name()
                            + "}, which neither Compose nor its configuration sets");
                }
            }
        }
        for (Placeholders.Reference reference : module.javaPlaceholders()) {
            if (!reference.hasDefault() && lookup(reference.name(), new HashSet<>()).isEmpty()) {
                problems.add(module + ": its code reads ${" + reference.name()
                        + "}, which neither Compose nor its configuration sets");
            }
        }
        return problems;
    }

    /**
     * Secret placeholders (a key, secret, password or token) that Compose does not set: they would run on an
     * empty value or on a development default that is public in this repository.
     */
    List<String> secretsLeftToDefaults() {
        List<String> problems = new ArrayList<>();
        List<Placeholders.Reference> references = new ArrayList<>(module.javaPlaceholders());
        effectiveFileValues().values().forEach(value -> references.addAll(Placeholders.in(value)));
        for (Placeholders.Reference reference : references) {
            if (SECRET_NAME.matcher(reference.name()).matches() && environmentValue(reference.name()).isEmpty()) {
                problems.add(module + ": secret ${" + reference.name() + "} is not set by Compose (from .env)");
            }
        }
        return problems;
    }

    /**
     * Settings whose value names the loopback address: inside a container that is the container itself, so a
     * service, database or mail server there is unreachable. Values made from the operator's .env (still holding
     * a Compose {@code ${...}} here) are not judged.
     */
    List<String> loopbackAddresses() {
        List<String> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>(files.keySet());
        for (String name : names) {
            if (fromOperator(name)) {
                continue;
            }
            Optional<String> value = property(name);
            if (value.isPresent() && !value.get().contains("${") && LOOPBACK.matcher(value.get()).find()) {
                problems.add(module + ": " + name + "=" + value.get() + " points at the container itself"
                        + " (set " + SpringConfig.environmentName(name) + " in compose or move it out of application.yml)");
            }
        }
        return problems;
    }

    /** The file values the service reads: those no environment variable overrides. */
    private Map<String, String> effectiveFileValues() {
        Map<String, String> effective = new LinkedHashMap<>();
        files.forEach((name, value) -> {
            if (environmentValue(name).isEmpty()) {
                effective.put(name, value);
            }
        });
        return effective;
    }

    private Optional<String> environmentValue(String name) {
        if (environment.containsKey(name)) {
            return Optional.ofNullable(environment.get(name));
        }
        for (String variable : SpringConfig.environmentNames(name)) {
            if (environment.containsKey(variable)) {
                return Optional.ofNullable(environment.get(variable));
            }
        }
        return Optional.empty();
    }

    private Optional<String> lookup(String name, Set<String> resolving) {
        Optional<String> fromEnvironment = environmentValue(name);
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        String value = files.get(name);
        if (value == null || !resolving.add(name)) {
            return Optional.empty();
        }
        try {
            return Placeholders.resolve(value, inner -> lookup(inner, resolving));
        } finally {
            resolving.remove(name);
        }
    }
}
