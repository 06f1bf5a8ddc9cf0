package org.plaza.deploy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Topics that a service's binding gives a shorter retention (the notification requests, which carry contact
 * details) are created with it by the Kafka healthcheck, together with their dead-letter topic: a producer or
 * a dead-letter publisher that got there first would create them with the broker's default retention. Topics that
 * a binding (a service's, or the starter's defaults for every service) creates compacted (the hand-over to the
 * supporters service) are created compacted by the healthcheck too.
 */
final class TopicRules {

    private static final Pattern RETENTION = Pattern.compile(
            "spring\\.cloud\\.stream\\.kafka\\.bindings\\.([^.]+)\\.consumer\\.topic\\.properties\\[retention\\.ms]");

    private static final Pattern COMPACTION = Pattern.compile(
            "spring\\.cloud\\.stream\\.kafka\\.bindings(?:\\.([^.\\[]+)|\\[([^\\]]+)])\\.(producer|consumer)"
                    + "\\.topic\\.properties\\[cleanup\\.policy]");

    private final Compose compose;
    private final List<ServiceModule> modules;
    private final StarterDefaults defaults;

    TopicRules(Compose compose, Repository repository) {
        this.compose = compose;
        this.modules = repository.services();
        this.defaults = repository.starterDefaults();
    }

    /** Every topic a binding creates compacted is created compacted by each broker's healthcheck. */
    List<String> compactedTopics() {
        List<String> problems = new ArrayList<>();
        for (ComposeService broker : compose.services().values().stream().filter(ComposeService::isKafka).toList()) {
            Optional<String> script = healthcheck(broker);
            if (script.isEmpty()) {
                problems.add(broker.name() + " does not run the Plaza healthcheck that creates the compacted topics");
                continue;
            }
            List<Map<String, String>> layers = new ArrayList<>(List.of(defaults.common()));
            modules.forEach(module -> layers.addAll(module.configuration()));
            for (Map<String, String> layer : layers) {
                for (Map.Entry<String, String> property : layer.entrySet()) {
                    Matcher compaction = COMPACTION.matcher(property.getKey());
                    if (!compaction.matches() || !property.getValue().contains("compact")) {
                        continue;
                    }
                    String binding = compaction.group(1) != null ? compaction.group(1) : compaction.group(2);
                    String topic = destination(layers, binding);
                    if (!createsCompacted(script.get(), topic)) {
                        problems.add(broker.name() + "'s healthcheck does not create " + topic + " compacted ("
                                + property.getKey() + ")");
                    }
                }
            }
        }
        return problems;
    }

    /** Whether a line of the script (not a comment) names the topic as a word together with compaction. */
    private static boolean createsCompacted(String script, String topic) {
        return script.lines().map(String::strip).filter(line -> !line.startsWith("#"))
                .anyMatch(line -> line.contains("cleanup.policy=compact") && List.of(line.split("\\s+")).contains(topic));
    }

    /** The topic of a binding: its destination, or its own name (a StreamBridge binding is named by its topic). */
    private static String destination(List<Map<String, String>> layers, String binding) {
        for (Map<String, String> layer : layers) {
            for (String key : List.of("spring.cloud.stream.bindings." + binding + ".destination",
                    "spring.cloud.stream.bindings[" + binding + "].destination")) {
                if (layer.containsKey(key)) {
                    return layer.get(key);
                }
            }
        }
        return binding;
    }

    private Optional<String> healthcheck(ComposeService broker) {
        if (!broker.healthcheckCommand().orElse("").contains("/opt/plaza/healthcheck.sh")) {
            return Optional.empty();
        }
        return broker.mounts().stream()
                .filter(mount -> mount.isBind() && mount.target().equals("/opt/plaza/healthcheck.sh"))
                .map(mount -> compose.directory().resolve(mount.source()).normalize())
                .filter(Files::isRegularFile).map(Yaml::text).findFirst();
    }

    List<String> shortRetentionTopics() {
        List<String> problems = new ArrayList<>();
        for (ComposeService broker : compose.services().values().stream().filter(ComposeService::isKafka).toList()) {
            Optional<String> script = healthcheck(broker);
            if (script.isEmpty()) {
                problems.add(broker.name() + " does not run the Plaza healthcheck that creates the short-retention topics");
                continue;
            }
            for (ServiceModule module : modules) {
                String name = module.applicationName().orElse(module.directoryName());
                DockerProfile profile = new DockerProfile(module, defaults, Map.of());
                for (Map<String, String> layer : module.configuration()) {
                    for (Map.Entry<String, String> property : layer.entrySet()) {
                        Matcher retention = RETENTION.matcher(property.getKey());
                        if (!retention.matches()) {
                            continue;
                        }
                        String binding = retention.group(1);
                        String topic = profile.property("spring.cloud.stream.bindings." + binding + ".destination").orElse("?");
                        String group = profile.property("spring.cloud.stream.bindings." + binding + ".group")
                                .or(() -> profile.property("spring.cloud.stream.default.group")).orElse(name);
                        for (String needed : List.of(topic, "error." + topic + "." + group)) {
                            if (!script.get().contains(needed)) {
                                problems.add(broker.name() + "'s healthcheck does not create " + needed + " (" + name
                                        + " keeps it " + property.getValue() + " ms)");
                            }
                        }
                        if (!script.get().contains("retention.ms=" + property.getValue())) {
                            problems.add(broker.name() + "'s healthcheck does not give retention.ms=" + property.getValue()
                                    + " to " + topic + " as " + name + " does");
                        }
                    }
                }
            }
        }
        return problems;
    }
}
