package org.plaza.devstack.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The services that exist ({@code services/<name>/pom.xml}) with their HTTP ports from
 * {@code services.properties} (gateway 8080, the others from 8081, in file order). A service
 * missing from the file gets the next port after the highest listed one.
 */
public final class ServiceCatalog {

    private final List<Service> services;

    private ServiceCatalog(List<Service> services) {
        this.services = List.copyOf(services);
    }

    public static ServiceCatalog load(Path repo) {
        try (InputStream in = ServiceCatalog.class.getResourceAsStream("/services.properties")) {
            return of(repo, ports(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read services.properties", e);
        }
    }

    static ServiceCatalog of(Path repo, Map<String, Integer> listedPorts) {
        Path servicesDir = repo.resolve("services");
        List<String> present = new ArrayList<>();
        if (Files.isDirectory(servicesDir)) {
            try (Stream<Path> dirs = Files.list(servicesDir)) {
                dirs.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                        .map(dir -> dir.getFileName().toString())
                        .sorted()
                        .forEach(present::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + servicesDir, e);
            }
        }
        List<Service> services = new ArrayList<>();
        listedPorts.forEach((name, port) -> {
            if (present.remove(name)) {
                services.add(new Service(name, port, servicesDir.resolve(name)));
            }
        });
        int next = listedPorts.values().stream().mapToInt(Integer::intValue).max().orElse(8080) + 1;
        for (String name : present) {
            services.add(new Service(name, next++, servicesDir.resolve(name)));
        }
        return new ServiceCatalog(services);
    }

    /** Reads {@code name=port} lines in file order (java.util.Properties would lose the order). */
    static Map<String, Integer> ports(InputStream in) throws IOException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (in == null) {
            return ports;
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s*=\\s*", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("services.properties: expected name=port, got '" + line + "'");
            }
            ports.put(parts[0], Integer.valueOf(parts[1]));
        }
        return ports;
    }

    public List<Service> services() {
        return services;
    }

    /**
     * Keeps only the chosen services ({@code --services a,b}); every other service with a pom is left out.
     * Empty means all of them.
     *
     * @throws IllegalArgumentException naming a chosen service that has no module under services/
     */
    public ServiceCatalog only(Optional<Set<String>> chosen) {
        if (chosen.isEmpty()) {
            return this;
        }
        Set<String> present = services.stream().map(Service::name).collect(Collectors.toSet());
        List<String> unknown = chosen.get().stream().filter(name -> !present.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No such service: " + String.join(", ", unknown)
                    + " (services with a pom.xml: " + (present.isEmpty() ? "none" : String.join(", ", new TreeSet<>(present))) + ")");
        }
        return new ServiceCatalog(services.stream().filter(service -> chosen.get().contains(service.name())).toList());
    }

    /** A service module: its name (the folder under services/), HTTP port before any offset, and folder. */
    public record Service(String name, int port, Path moduleDir) {

        /** The built jar: {@code target/plaza-<name>.jar}, else the versioned Boot jar. */
        Path builtJar() {
            Path target = moduleDir.resolve("target");
            Path plain = target.resolve("plaza-" + name + ".jar");
            if (Files.isRegularFile(plain) || !Files.isDirectory(target)) {
                return plain;
            }
            try (Stream<Path> jars = Files.list(target)) {
                return jars.filter(jar -> {
                            String file = jar.getFileName().toString();
                            return file.startsWith("plaza-" + name + "-") && file.endsWith(".jar")
                                    && !file.matches(".*-(plain|sources|javadoc|tests)\\.jar");
                        })
                        .findFirst()
                        .orElse(plain);
            } catch (IOException e) {
                return plain;
            }
        }
    }
}
