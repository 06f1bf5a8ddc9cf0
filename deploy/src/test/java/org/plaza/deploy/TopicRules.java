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
 * a dead-letter publisher that got there first would create them with the broker's default retention.
 */
final class TopicRules {

    private static final Pattern RETENTION = Pattern.compile(
            "spring\\.cloud\\.stream\\.kafka\\.bindings\\.([^.]+)\\.consumer\\.topic\\.properties\\[retention\\.ms]");

    private final Compose compose;
    private final List<ServiceModule> modules;
    private final StarterDefaults defaults;

    TopicRules(Compose compose, Repository repository) {
        this.compose = compose;
        this.modules = repository.services();
        this.defaults = repository.starterDefaults();
    }

    List<String> shortRetentionTopics() {
        List<String> problems = new ArrayList<>();
        for (ComposeService broker : compose.services().values().stream().filter(ComposeService::isKafka).toList()) {
            Optional<String> script = broker.mounts().stream()
                    .filter(mount -> mount.isBind() && mount.target().equals("/opt/plaza/healthcheck.sh"))
                    .map(mount -> compose.directory().resolve(mount.source()).normalize())
                    .filter(Files::isRegularFile).map(Yaml::text).findFirst();
            if (script.isEmpty() || !broker.healthcheckCommand().orElse("").contains("/opt/plaza/healthcheck.sh")) {
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
