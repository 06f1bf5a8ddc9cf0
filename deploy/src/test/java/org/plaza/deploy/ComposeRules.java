package org.plaza.deploy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The platform's rules for a Compose model, beyond what the schema can say. Each method returns the
 * violations it finds, one sentence each, so a test shows every problem at once.
 */
final class ComposeRules {

    /** The one Plaza service published to the network. */
    static final String PUBLIC_SERVICE = "gateway";

    /** Operator tools (by image) that may publish a port, on the operator's bind address. */
    static final List<String> OPERATOR_TOOLS =
            List.of("axllent/mailpit", "plaza/sms-sink", "prom/prometheus", "grafana/grafana");

    /** Where each stateful image keeps its data, which must be a named volume. */
    static final Map<String, String> DATA_DIRECTORIES = Map.of(
            "mongo", "/data/db",
            "apache/kafka", "/var/lib/kafka/data",
            "prom/prometheus", "/prometheus",
            "grafana/grafana", "/var/lib/grafana",
            "axllent/mailpit", "/data");

    /** Ports of the data stores, which no service may publish. */
    static final Set<String> DATABASE_PORTS = Set.of("27017", "27018", "27019", "9092", "9093");

    /**
     * Origins the notifications service fetches email attachments from (by the property that names each), which
     * its host allow-list ({@code plaza.notifications.email.attachments.allowed-hosts}) must let through.
     */
    static final Map<String, String> ATTACHMENT_ORIGINS = Map.of(
            "comments", "plaza.comments.packet-base-url",
            "outreach", "plaza.outreach.internal-base-url");

    /** Settings every Plaza service needs in Compose although no placeholder names them. */
    static final Map<String, String> REQUIRED_SETTINGS = Map.of(
            "plaza.supporter.key", "the starter refuses to start without it outside the embedded and test profiles");

    private static final Pattern READINESS_URL = Pattern.compile("http://(localhost|127\\.0\\.0\\.1):(\\d+)/actuator/health/readiness");

    private final Compose compose;
    private final Deployment deployment;
    private final List<ServiceModule> modules;
    private final StarterDefaults defaults;

    ComposeRules(Compose compose, Deployment deployment, Repository repository) {
        this.compose = compose;
        this.deployment = deployment;
        this.modules = repository.services();
        this.defaults = repository.starterDefaults();
    }

    List<String> all() {
        List<String> problems = new ArrayList<>();
        problems.addAll(healthchecks());
        problems.addAll(dependencies());
        problems.addAll(memoryLimits());
        problems.addAll(restartPolicies());
        problems.addAll(plazaServices());
        problems.addAll(ownDatabases());
        problems.addAll(publishedPorts());
        problems.addAll(volumes());
        problems.addAll(literalSecrets());
        problems.addAll(dockerProfiles());
        problems.addAll(attachmentOrigins());
        return problems;
    }

    /** The notifications service may fetch attachments from every origin the services give it. */
    List<String> attachmentOrigins() {
        List<String> problems = new ArrayList<>();
        Map<String, ComposeService> services = compose.services();
        Optional<ServiceModule> notifications = module("notifications");
        if (notifications.isEmpty() || !services.containsKey("notifications")) {
            return problems;
        }
        List<String> allowed = Stream.of(new DockerProfile(notifications.get(), defaults,
                        services.get("notifications").environment())
                .property("plaza.notifications.email.attachments.allowed-hosts").orElse("").split(","))
                .map(String::trim).toList();
        ATTACHMENT_ORIGINS.forEach((service, property) -> module(service).filter(ignored -> services.containsKey(service))
                .ifPresent(module -> {
                    String origin = new DockerProfile(module, defaults, services.get(service).environment())
                            .property(property).orElse("");
                    String host = origin.isBlank() || origin.contains("${") ? null : URI.create(origin).getHost();
                    if (host != null && !allowed.contains(host)) {
                        problems.add("notifications may not fetch attachments from " + service + " (" + property + "="
                                + origin + "): add " + host + " to PLAZA_NOTIFICATIONS_EMAIL_ATTACHMENTS_ALLOWEDHOSTS");
                    }
                }));
        return problems;
    }

    private Optional<ServiceModule> module(String applicationName) {
        return modules.stream().filter(module -> module.applicationName().orElse(module.directoryName())
                .equals(applicationName)).findFirst();
    }

    /** Every service has a healthcheck that runs something. */
    List<String> healthchecks() {
        List<String> problems = new ArrayList<>();
        compose.services().values().forEach(service -> {
            if (service.healthcheckCommand().isEmpty()) {
                problems.add(service.name() + " has no healthcheck");
            }
        });
        return problems;
    }

    /** Every dependency names a service of the model, waits for it to be healthy, and that service has a healthcheck. */
    List<String> dependencies() {
        List<String> problems = new ArrayList<>();
        Map<String, ComposeService> services = compose.services();
        services.values().forEach(service -> service.dependsOn().forEach((target, condition) -> {
            if (!services.containsKey(target)) {
                problems.add(service.name() + " depends on " + target + ", which is not a service");
            } else if (!condition.equals("service_healthy")) {
                problems.add(service.name() + " depends on " + target + " with " + condition + ", not service_healthy");
            } else if (services.get(target).healthcheckCommand().isEmpty()) {
                problems.add(service.name() + " waits for " + target + " to be healthy, but it has no healthcheck");
            }
        }));
        return problems;
    }

    List<String> memoryLimits() {
        List<String> problems = new ArrayList<>();
        compose.services().values().forEach(service -> {
            if (service.memoryLimit().isEmpty()) {
                problems.add(service.name() + " has no memory limit (deploy.resources.limits.memory)");
            }
        });
        return problems;
    }

    List<String> restartPolicies() {
        List<String> problems = new ArrayList<>();
        compose.services().values().forEach(service -> {
            String policy = service.restartPolicy().orElse("no");
            if (!Set.of("always", "unless-stopped", "on-failure", "any").contains(policy.split(":")[0])) {
                problems.add(service.name() + " has restart policy '" + policy + "'; it would stay down after a crash");
            }
        });
        return problems;
    }

    /**
     * Every service module runs as the Compose service named like its {@code spring.application.name}, built
     * from deploy/Dockerfile with the repository as context, in the docker profile, checked on its own port.
     */
    List<String> plazaServices() {
        List<String> problems = new ArrayList<>();
        Map<String, ComposeService> services = compose.services();
        for (ServiceModule module : modules) {
            Optional<String> name = module.applicationName();
            if (name.isEmpty()) {
                problems.add(module + " sets no spring.application.name, so no Compose service can be named after it");
                continue;
            }
            ComposeService service = services.get(name.get());
            if (service == null) {
                problems.add(module + " (" + name.get() + ") has no Compose service named " + name.get());
                continue;
            }
            if (!service.isBuilt()) {
                problems.add(name.get() + " is not built from this repository");
                continue;
            }
            Map<String, Object> build = service.build();
            Path context = deployment.directory().resolve(String.valueOf(build.getOrDefault("context", "."))).normalize();
            if (!context.equals(deployment.buildContext().normalize())) {
                problems.add(name.get() + " builds with context " + build.get("context") + "; the jars are under the repository root (..)");
            }
            Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile"))).normalize();
            if (!dockerfile.equals(deployment.file("Dockerfile").normalize()) || !Files.isRegularFile(dockerfile)) {
                problems.add(name.get() + " builds from " + build.get("dockerfile") + ", not deploy/Dockerfile");
            }
            String argument = service.buildArgs().get("SERVICE");
            if (!module.directoryName().equals(argument)) {
                problems.add(name.get() + " builds with SERVICE=" + argument + ", not " + module.directoryName());
            }
            if (!"docker".equals(service.environment().get("SPRING_PROFILES_ACTIVE"))) {
                problems.add(name.get() + " does not set SPRING_PROFILES_ACTIVE=docker");
            }
            Optional<Integer> port = module.managementPort();
            Matcher probe = READINESS_URL.matcher(service.healthcheckCommand().orElse(""));
            if (!probe.find()) {
                problems.add(name.get() + "'s healthcheck does not ask /actuator/health/readiness on localhost");
            } else if (port.isPresent() && Integer.parseInt(probe.group(2)) != port.get()) {
                problems.add(name.get() + "'s healthcheck asks port " + probe.group(2) + ", but it listens on " + port.get());
            }
        }
        return problems;
    }

    /**
     * A module that keeps data in MongoDB has its own {@code mongo-<name>} that no other service uses and waits
     * for it; a module that talks to Kafka waits for every broker.
     */
    List<String> ownDatabases() {
        List<String> problems = new ArrayList<>();
        Map<String, ComposeService> services = compose.services();
        List<String> brokers = services.values().stream().filter(ComposeService::isKafka).map(ComposeService::name).toList();
        Map<String, List<String>> usersOfDatabase = new LinkedHashMap<>();
        services.values().forEach(service -> service.dependsOn().keySet().stream()
                .filter(target -> services.containsKey(target) && services.get(target).isMongo())
                .forEach(target -> usersOfDatabase.computeIfAbsent(target, t -> new ArrayList<>()).add(service.name())));
        for (ServiceModule module : modules) {
            String name = module.applicationName().orElse(module.directoryName());
            ComposeService service = services.get(name);
            if (service == null) {
                continue;
            }
            if (module.usesMongo()) {
                String database = "mongo-" + name;
                if (!services.containsKey(database) || !services.get(database).isMongo()) {
                    problems.add(name + " keeps data in MongoDB but there is no MongoDB service " + database);
                } else if (!service.dependsOn().containsKey(database)) {
                    problems.add(name + " does not wait for its database " + database);
                }
            }
            if (module.usesKafka()) {
                brokers.stream().filter(broker -> !service.dependsOn().containsKey(broker))
                        .forEach(broker -> problems.add(name + " talks to Kafka but does not wait for " + broker));
            }
        }
        usersOfDatabase.forEach((database, users) -> {
            List<String> plazaUsers = users.stream().filter(user -> services.get(user).isBuilt()).toList();
            if (plazaUsers.size() > 1) {
                problems.add(database + " is shared by " + plazaUsers + "; each service owns its database");
            } else if (plazaUsers.size() == 1 && !database.equals("mongo-" + plazaUsers.get(0))) {
                problems.add(plazaUsers.get(0) + " uses " + database + ", which is named after another service");
            }
        });
        return problems;
    }

    /** Only the gateway and the operator tools publish ports, the tools on a bind address, and no database port. */
    List<String> publishedPorts() {
        List<String> problems = new ArrayList<>();
        compose.services().values().forEach(service -> service.ports().forEach(port -> {
            boolean tool = OPERATOR_TOOLS.stream().anyMatch(image -> service.image().startsWith(image));
            if (DATABASE_PORTS.contains(port.target()) || service.isMongo() || service.isKafka()) {
                problems.add(service.name() + " publishes database port " + port.target());
            } else if (tool && port.hostIp().isEmpty()) {
                problems.add(service.name() + " publishes " + port.target() + " on every interface; bind it to ${PLAZA_OPERATOR_BIND}");
            } else if (!tool && !service.name().equals(PUBLIC_SERVICE)) {
                problems.add(service.name() + " publishes port " + port.target() + "; only the " + PUBLIC_SERVICE
                        + " and the operator tools are published");
            }
        }));
        return problems;
    }

    /**
     * Data lives in named volumes declared at the top level, one service each; host folders are mounted
     * read-only (configuration) only.
     */
    List<String> volumes() {
        List<String> problems = new ArrayList<>();
        Map<String, String> owners = new LinkedHashMap<>();
        compose.services().values().forEach(service -> {
            for (Mount mount : service.mounts()) {
                if (mount.isBind() && !mount.readOnly()) {
                    problems.add(service.name() + " mounts host path " + mount.source() + " writable; data belongs in a named volume");
                } else if (mount.isNamedVolume()) {
                    if (!compose.volumes().contains(mount.source())) {
                        problems.add(service.name() + " mounts volume " + mount.source() + ", which is not declared under volumes");
                    }
                    String owner = owners.putIfAbsent(mount.source(), service.name());
                    if (owner != null && !owner.equals(service.name())) {
                        problems.add("volume " + mount.source() + " is used by both " + owner + " and " + service.name());
                    }
                }
            }
            DATA_DIRECTORIES.forEach((image, path) -> {
                if ((service.image().startsWith(image + ":") || service.image().equals(image))
                        && service.mounts().stream().noneMatch(m -> m.target().equals(path) && m.isNamedVolume())) {
                    problems.add(service.name() + " keeps its data in " + path + " without a named volume there");
                }
            });
        });
        return problems;
    }

    /** Variables that hold secrets take their value from .env ({@code ${...}}), never a literal in the file. */
    List<String> literalSecrets() {
        List<String> problems = new ArrayList<>();
        compose.services().values().forEach(service -> service.environment().forEach((variable, value) -> {
            if (DockerProfile.SECRET_NAME.matcher(variable).matches() && value != null && !value.isEmpty()
                    && !value.contains("${")) {
                problems.add(service.name() + " sets secret " + variable + " literally; take it from .env");
            }
        }));
        return problems;
    }

    /** What each service reads in the docker profile is set, and its addresses are in-network ones. */
    List<String> dockerProfiles() {
        List<String> problems = new ArrayList<>();
        Map<String, ComposeService> services = compose.services();
        for (ServiceModule module : modules) {
            String name = module.applicationName().orElse(module.directoryName());
            ComposeService service = services.get(name);
            if (service == null) {
                continue;
            }
            DockerProfile profile = new DockerProfile(module, defaults, service.environment());
            problems.addAll(profile.unresolvedPlaceholders());
            problems.addAll(profile.secretsLeftToDefaults());
            problems.addAll(profile.loopbackAddresses());
            REQUIRED_SETTINGS.forEach((property, reason) -> {
                if (profile.property(property).filter(value -> !value.isBlank()).isEmpty()) {
                    problems.add(name + " does not set " + property + " (" + SpringConfig.environmentName(property)
                            + "): " + reason);
                }
            });
            for (String property : module.requiredSettings()) {
                if (profile.property(property).filter(value -> !value.isBlank()).isEmpty()) {
                    problems.add(name + " does not set " + property + " (" + SpringConfig.environmentName(property)
                            + "): it is in its plaza.required-settings, so it refuses to start without it");
                }
            }
            String forwarded = profile.property("server.forward-headers-strategy").orElse("none").toLowerCase(Locale.ROOT);
            if (name.equals(PUBLIC_SERVICE) && !forwarded.equals("none")) {
                problems.add(name + " trusts X-Forwarded-* from any private address (server.forward-headers-strategy="
                        + forwarded + "); the public entry point must choose its proxies itself");
            } else if (!name.equals(PUBLIC_SERVICE) && forwarded.equals("none")) {
                problems.add(name + " ignores the gateway's X-Forwarded-* headers (server.forward-headers-strategy=none),"
                        + " so its redirects and links name its in-network address");
            }
            if (module.usesMongo() && !profile.fromOperator("spring.mongodb.uri")) {
                List<String> hosts = hosts(profile.property("spring.mongodb.uri").orElse(""), "mongodb://");
                if (!hosts.contains("mongo-" + name)
                        || hosts.stream().anyMatch(host -> !host.startsWith("mongo-" + name) || !services.containsKey(host))) {
                    problems.add(name + " connects to MongoDB at " + hosts + ", not its own mongo-" + name + " service(s)");
                }
            }
            if (module.usesKafka() && !profile.fromOperator("spring.kafka.bootstrap-servers")) {
                List<String> hosts = hosts(profile.property("spring.kafka.bootstrap-servers").orElse(""), "");
                if (hosts.isEmpty() || hosts.stream().anyMatch(host -> !services.containsKey(host) || !services.get(host).isKafka())) {
                    problems.add(name + " connects to Kafka at " + hosts + ", which are not the Compose brokers");
                }
            }
        }
        return problems;
    }

    /** The host names of a comma-separated server list or a MongoDB connection string. */
    static List<String> hosts(String servers, String scheme) {
        String list = servers.startsWith(scheme) ? servers.substring(scheme.length()) : servers;
        int end = list.indexOf('/');
        if (!scheme.isEmpty() && end >= 0) {
            list = list.substring(0, end);
        }
        if (list.contains("@")) {
            list = list.substring(list.lastIndexOf('@') + 1);
        }
        return Stream.of(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(hostPort -> URI.create("tcp://" + hostPort).getHost()).toList();
    }
}
