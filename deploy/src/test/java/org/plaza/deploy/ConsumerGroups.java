package org.plaza.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The consumer groups of the platform, read from the services' Spring Cloud Stream bindings: which group reads
 * which topics, and where its dead letters go. deploy/README.md shows it as a table between markers.
 */
final class ConsumerGroups {

    static final String START = "<!-- consumer-groups:start -->";
    static final String END = "<!-- consumer-groups:end -->";

    private static final Pattern INPUT = Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+-in-\\d+)\\.destination");

    private ConsumerGroups() {
    }

    /** The Markdown table, one row per service and group. */
    static String table(Repository repository) {
        List<String> rows = new ArrayList<>();
        rows.add("| service | consumer group | reads | dead letters |");
        rows.add("|---|---|---|---|");
        for (ServiceModule module : repository.services()) {
            if (!module.usesKafka()) {
                continue;
            }
            String name = module.applicationName().orElse(module.directoryName());
            DockerProfile profile = new DockerProfile(module, repository.starterDefaults(), Map.of());
            Map<String, List<String>> topicsByGroup = new TreeMap<>();
            Map<String, Boolean> deadLettersByGroup = new TreeMap<>();
            for (Map<String, String> layer : module.configuration()) {
                for (String key : layer.keySet()) {
                    Matcher input = INPUT.matcher(key);
                    if (!input.matches()) {
                        continue;
                    }
                    String kafka = "spring.cloud.stream.kafka.bindings." + input.group(1) + ".consumer.";
                    String group = profile.property("spring.cloud.stream.bindings." + input.group(1) + ".group").orElse(name);
                    String topic = "`" + profile.property(key).orElse("?") + "`"
                            + (profile.property(kafka + "destination-is-pattern").orElse("false").equals("true") ? " (a pattern)" : "");
                    boolean deadLetters = !profile.property(kafka + "enable-dlq")
                            .or(() -> profile.property("spring.cloud.stream.kafka.default.consumer.enable-dlq"))
                            .orElse("false").equals("false");
                    List<String> topics = topicsByGroup.computeIfAbsent(group, g -> new ArrayList<>());
                    if (!topics.contains(topic)) {
                        topics.add(topic);
                    }
                    deadLettersByGroup.merge(group, deadLetters, Boolean::logicalOr);
                }
            }
            topicsByGroup.forEach((group, topics) -> rows.add("| " + name + " | `" + group + "` | "
                    + String.join(", ", topics.stream().sorted().toList()) + " | "
                    + (deadLettersByGroup.get(group) ? "`error.<topic>." + group + "`" : "none") + " |"));
        }
        return String.join("\n", rows);
    }
}
