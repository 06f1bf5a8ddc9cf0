package org.plaza.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/**
 * Prometheus scrapes every service and Grafana is provisioned from files whose dashboards read the one
 * provisioned datasource and only metrics the code publishes.
 */
final class MonitoringRules {

    private final Compose compose;
    private final List<ServiceModule> modules;
    private final MeterNames meters;

    MonitoringRules(Deployment deployment, Repository repository) {
        this.compose = deployment.compose();
        this.modules = repository.services();
        List<Path> sources = new ArrayList<>();
        sources.add(repository.starterSources());
        repository.services().forEach(module -> sources.add(module.directory().resolve("src/main/java")));
        this.meters = new MeterNames(sources);
    }

    List<String> all() {
        List<String> problems = new ArrayList<>();
        problems.addAll(scrapes());
        problems.addAll(dashboards());
        return problems;
    }

    /** Every service module's /actuator/prometheus is scraped at its Compose name and port. */
    List<String> scrapes() {
        Optional<Path> config = mountedFile("prom/prometheus", "/etc/prometheus/prometheus.yml");
        if (config.isEmpty()) {
            return List.of("the prometheus service mounts no /etc/prometheus/prometheus.yml from deploy/");
        }
        List<Map<String, Object>> jobs = Compose.sequence(Yaml.read(config.get()).get("scrape_configs")).stream()
                .map(Compose::mapping).toList();
        List<String> problems = new ArrayList<>();
        for (ServiceModule module : modules) {
            String name = module.applicationName().orElse(module.directoryName());
            String port = module.managementPort().map(String::valueOf).orElse("?");
            boolean scraped = jobs.stream().anyMatch(job -> "/actuator/prometheus".equals(job.get("metrics_path"))
                    && targets(job).contains(name + ":" + port));
            if (!scraped) {
                problems.add("Prometheus does not scrape " + name + ":" + port + "/actuator/prometheus");
            }
        }
        return problems;
    }

    /** The dashboards Grafana loads use the provisioned datasource and metrics the code publishes. */
    List<String> dashboards() {
        List<String> problems = new ArrayList<>();
        Optional<Path> provisioning = mountedFile("grafana/grafana", "/etc/grafana/provisioning");
        if (provisioning.isEmpty()) {
            return List.of("the grafana service mounts no provisioning folder at /etc/grafana/provisioning");
        }
        Set<String> datasources = new HashSet<>();
        for (Path file : yamlFiles(provisioning.get().resolve("datasources"))) {
            Compose.sequence(Yaml.read(file).get("datasources"))
                    .forEach(ds -> datasources.add(String.valueOf(Compose.mapping(ds).get("uid"))));
        }
        List<Path> dashboards = new ArrayList<>();
        for (Path file : yamlFiles(provisioning.get().resolve("dashboards"))) {
            for (Object provider : Compose.sequence(Yaml.read(file).get("providers"))) {
                String path = String.valueOf(Compose.mapping(Compose.mapping(provider).get("options")).get("path"));
                Optional<Path> folder = mountedFile("grafana/grafana", path);
                if (folder.isEmpty()) {
                    problems.add("dashboard provider reads " + path + ", which the grafana service does not mount");
                } else {
                    dashboards.addAll(jsonFiles(folder.get()));
                }
            }
        }
        if (dashboards.isEmpty()) {
            problems.add("Grafana is provisioned with no dashboard");
        }
        Set<String> uids = new HashSet<>();
        for (Path file : dashboards) {
            JsonNode dashboard = Yaml.readJson(file);
            String uid = dashboard.path("uid").asString("");
            if (uid.isEmpty() || !uids.add(uid)) {
                problems.add(file.getFileName() + " has no uid of its own");
            }
            for (JsonNode panel : panels(dashboard)) {
                checkDatasource(file, panel.path("title").asString(""), panel.path("datasource"), datasources, problems);
                for (JsonNode target : panel.path("targets")) {
                    checkDatasource(file, panel.path("title").asString(""), target.path("datasource"), datasources, problems);
                    for (String metric : PromQl.metrics(target.path("expr").asString(""))) {
                        if (!meters.published(metric)) {
                            problems.add(file.getFileName() + " panel '" + panel.path("title").asString("")
                                    + "' queries " + metric + ", which no service publishes");
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static void checkDatasource(Path file, String panel, JsonNode datasource, Set<String> provisioned,
            List<String> problems) {
        if (!datasource.isMissingNode() && !datasource.isNull()
                && !provisioned.contains(datasource.path("uid").asString(""))) {
            problems.add(file.getFileName() + " panel '" + panel + "' reads datasource " + datasource
                    + ", which is not provisioned " + provisioned);
        }
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asString("").equals("row")) {
                panel.path("panels").forEach(panels::add);
            } else {
                panels.add(panel);
            }
        }
        return panels;
    }

    /** The host file or folder a service of the given image bind-mounts at {@code target}. */
    private Optional<Path> mountedFile(String image, String target) {
        return compose.services().values().stream()
                .filter(service -> service.image().startsWith(image + ":"))
                .flatMap(service -> service.mounts().stream())
                .filter(mount -> mount.isBind() && mount.target().equals(target))
                .map(mount -> compose.directory().resolve(mount.source()).normalize())
                .filter(Files::exists)
                .findFirst();
    }

    private static Set<String> targets(Map<String, Object> job) {
        Set<String> targets = new HashSet<>();
        Compose.sequence(job.get("static_configs")).forEach(config ->
                Compose.sequence(Compose.mapping(config).get("targets")).forEach(t -> targets.add(String.valueOf(t))));
        Compose.sequence(job.get("dns_sd_configs")).forEach(config -> {
            Map<String, Object> dns = Compose.mapping(config);
            Compose.sequence(dns.get("names")).forEach(n -> targets.add(n + ":" + dns.get("port")));
        });
        return targets;
    }

    private static List<Path> yamlFiles(Path folder) {
        return files(folder).stream().filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).toList();
    }

    private static List<Path> jsonFiles(Path folder) {
        return files(folder).stream().filter(f -> f.toString().endsWith(".json")).toList();
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
