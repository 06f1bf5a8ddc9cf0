package org.plaza.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What compose.scale.yaml promises once laid over compose.yaml: three Kafka brokers that replicate every topic
 * three times and acknowledge a write once two have it, a three-member replica set per service database, two
 * instances of every stateless service, and every instance connected to all of them.
 */
final class ScaleRules {

    static final int BROKERS = 3;
    static final int REPLICA_SET_MEMBERS = 3;
    static final int INSTANCES = 2;

    /** Services that stay single in the overlay, and why (README.md explains it too). */
    static final Map<String, String> SINGLE_INSTANCE = Map.of(
            "gateway", "it is the one published port; more gateways need a load balancer in front",
            "identity", "its sign-in conversation and authorization codes live in its memory",
            "insights", "a replay pauses only its own instance's live consumers, and live dashboards follow their own instance",
            "supporters", "segment counts come from an in-memory index that another instance's writes reach only at its next refresh");

    private static final Map<String, String> BROKER_SETTINGS = Map.of(
            "KAFKA_DEFAULT_REPLICATION_FACTOR", "3",
            "KAFKA_MIN_INSYNC_REPLICAS", "2",
            "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3",
            "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3",
            "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2");

    private final Compose base;
    private final Compose scaled;
    private final List<ServiceModule> modules;
    private final StarterDefaults defaults;

    ScaleRules(Deployment deployment, Repository repository) {
        this.base = deployment.compose();
        this.scaled = deployment.scaled();
        this.modules = repository.services();
        this.defaults = repository.starterDefaults();
    }

    List<String> all() {
        List<String> problems = new ArrayList<>();
        problems.addAll(ownProject());
        problems.addAll(brokers());
        problems.addAll(replicaSets());
        problems.addAll(instances());
        return problems;
    }

    /** The overlay runs as another Compose project, so it never reuses the single-node volumes. */
    List<String> ownProject() {
        return scaled.name().equals(base.name())
                ? List.of("the overlay keeps project name " + base.name() + " and would reuse the single-node volumes")
                : List.of();
    }

    /** Three brokers, each a voter of one quorum, replicating every topic three times with min ISR 2. */
    List<String> brokers() {
        List<String> problems = new ArrayList<>();
        List<ComposeService> brokers = scaled.services().values().stream().filter(ComposeService::isKafka).toList();
        if (brokers.size() != BROKERS) {
            problems.add("the overlay runs " + brokers.size() + " Kafka brokers, not " + BROKERS);
        }
        Set<String> voters = new TreeSet<>();
        Set<String> clusterIds = new HashSet<>();
        Set<String> nodeIds = new HashSet<>();
        for (ComposeService broker : brokers) {
            Map<String, String> env = broker.environment();
            String nodeId = env.get("KAFKA_NODE_ID");
            if (!nodeIds.add(nodeId)) {
                problems.add(broker.name() + " has node id " + nodeId + " like another broker");
            }
            voters.add(nodeId + "@" + broker.name() + ":9093");
            clusterIds.add(env.get("CLUSTER_ID"));
            if (!("PLAINTEXT://" + broker.name() + ":9092").equals(env.get("KAFKA_ADVERTISED_LISTENERS"))) {
                problems.add(broker.name() + " advertises " + env.get("KAFKA_ADVERTISED_LISTENERS") + ", not its own name");
            }
            BROKER_SETTINGS.forEach((setting, value) -> {
                if (!value.equals(env.get(setting))) {
                    problems.add(broker.name() + " has " + setting + "=" + env.get(setting) + ", not " + value);
                }
            });
        }
        for (ComposeService broker : brokers) {
            Set<String> declared = new TreeSet<>(List.of(String.valueOf(broker.environment().get("KAFKA_CONTROLLER_QUORUM_VOTERS")).split(",")));
            if (!declared.equals(voters)) {
                problems.add(broker.name() + " lists voters " + declared + ", but the brokers are " + voters);
            }
        }
        if (clusterIds.size() > 1) {
            problems.add("the brokers disagree on CLUSTER_ID: " + clusterIds);
        }
        return problems;
    }

    /** Each service's database is a replica set of three members, each with its own volume, initiated with all three. */
    List<String> replicaSets() {
        List<String> problems = new ArrayList<>();
        Map<String, ComposeService> services = scaled.services();
        for (ServiceModule module : modules) {
            if (!module.usesMongo()) {
                continue;
            }
            String name = module.applicationName().orElse(module.directoryName());
            ComposeService first = services.get("mongo-" + name);
            if (first == null) {
                continue;
            }
            String memberList = String.valueOf(first.environment().get("MONGO_REPLICA_SET_MEMBERS"));
            List<String> members = ComposeRules.hosts(memberList, "");
            if (members.size() != REPLICA_SET_MEMBERS || !members.contains(first.name())) {
                problems.add(first.name() + " initiates its replica set with " + members + ", not " + REPLICA_SET_MEMBERS
                        + " members including itself");
            }
            for (String member : members) {
                ComposeService service = services.get(member);
                if (service == null || !service.isMongo()) {
                    problems.add(first.name() + "'s replica set names " + member + ", which is not a MongoDB service");
                } else if (!member.equals(first.name()) && !first.dependsOn().containsKey(member)) {
                    problems.add(first.name() + " initiates the set without waiting for " + member);
                } else if (service.mounts().stream().noneMatch(Mount::isNamedVolume)) {
                    problems.add(member + " has no volume of its own");
                }
            }
        }
        return problems;
    }

    /**
     * Stateless services run twice (the single ones once), and every instance reaches all brokers and all members
     * of its database.
     */
    List<String> instances() {
        List<String> problems = new ArrayList<>();
        Map<String, ComposeService> services = scaled.services();
        List<String> brokers = services.values().stream().filter(ComposeService::isKafka).map(ComposeService::name).sorted().toList();
        for (ServiceModule module : modules) {
            String name = module.applicationName().orElse(module.directoryName());
            ComposeService service = services.get(name);
            if (service == null) {
                continue;
            }
            int expected = SINGLE_INSTANCE.containsKey(name) ? 1 : INSTANCES;
            if (service.replicas() != expected) {
                problems.add(name + " runs " + service.replicas() + " instance(s) in the overlay, not " + expected);
            }
            if (service.definition().containsKey("container_name")) {
                problems.add(name + " sets container_name, which stops Compose from running several instances");
            }
            DockerProfile profile = new DockerProfile(module, defaults, service.environment());
            if (module.usesKafka()) {
                List<String> hosts = ComposeRules.hosts(profile.property("spring.kafka.bootstrap-servers").orElse(""), "")
                        .stream().sorted().toList();
                if (!hosts.equals(brokers)) {
                    problems.add(name + " bootstraps from " + hosts + ", not every broker " + brokers);
                }
            }
            if (module.usesMongo() && services.containsKey("mongo-" + name)) {
                Set<String> hosts = new TreeSet<>(ComposeRules.hosts(profile.property("spring.mongodb.uri").orElse(""), "mongodb://"));
                Set<String> members = new TreeSet<>(ComposeRules.hosts(String.valueOf(
                        services.get("mongo-" + name).environment().get("MONGO_REPLICA_SET_MEMBERS")), ""));
                if (!hosts.equals(members)) {
                    problems.add(name + " connects to MongoDB at " + hosts + ", not every member " + members);
                }
            }
        }
        return problems;
    }
}
