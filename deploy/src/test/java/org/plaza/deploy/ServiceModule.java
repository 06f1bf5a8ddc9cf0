package org.plaza.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A {@code services/<name>} module as the deployment sees it: what its pom builds, whether it uses MongoDB and
 * Kafka, and its own configuration for the 'docker' profile.
 *
 * @param directory     the module folder
 * @param pom           its pom.xml, parsed
 * @param configuration its application files for the docker profile, lowest precedence first
 * @param javaPlaceholders the {@code ${...}} placeholders in its Java sources ({@code @Value}, {@code @Scheduled})
 */
record ServiceModule(Path directory, Document pom, List<Map<String, String>> configuration,
                     List<Placeholders.Reference> javaPlaceholders) {

    private static final Pattern JAVA_STRING_PLACEHOLDER = Pattern.compile("\"([^\"]*\\$\\{[^\"]*)\"");

    static ServiceModule read(Path directory) {
        Path resources = directory.resolve("src/main/resources");
        List<Map<String, String>> configuration = new ArrayList<>();
        for (String file : List.of("application.properties", "application.yaml", "application.yml",
                "application-docker.properties", "application-docker.yaml", "application-docker.yml")) {
            configuration.add(SpringConfig.read(resources.resolve(file), StarterDefaults.PROFILE));
        }
        return new ServiceModule(directory, parse(directory.resolve("pom.xml")), configuration,
                javaPlaceholders(directory.resolve("src/main/java")));
    }

    String directoryName() {
        return directory.getFileName().toString();
    }

    /** The module's own value of a property (its application files, the docker profile's winning). */
    Optional<String> ownProperty(String name) {
        String value = null;
        for (Map<String, String> layer : configuration) {
            if (layer.containsKey(name)) {
                value = layer.get(name);
            }
        }
        return Optional.ofNullable(value);
    }

    /** The port health and metrics answer on: {@code management.server.port}, else the server's. */
    Optional<Integer> managementPort() {
        return ownProperty("management.server.port").filter(value -> value.matches("\\d+")).map(Integer::valueOf)
                .or(this::serverPort);
    }

    /**
     * The settings the service refuses to start without outside the embedded and test profiles, as it lists
     * them in {@code plaza.required-settings} (the starter's {@code RequiredSettings}).
     */
    List<String> requiredSettings() {
        List<String> required = new ArrayList<>();
        ownProperty("plaza.required-settings").ifPresent(list -> Stream.of(list.split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).forEach(required::add));
        for (int i = 0; ownProperty("plaza.required-settings[" + i + "]").isPresent(); i++) {
            required.add(ownProperty("plaza.required-settings[" + i + "]").get().trim());
        }
        return required;
    }

    /** {@code spring.application.name}, which is also its Compose service name. */
    Optional<String> applicationName() {
        return ownProperty("spring.application.name");
    }

    Optional<Integer> serverPort() {
        return ownProperty("server.port").map(Integer::valueOf);
    }

    String artifactId() {
        return childText(pom.getDocumentElement(), "artifactId").orElseThrow();
    }

    /** The jar {@code ./mvnw package} writes: {@code target/<finalName>.jar}. */
    Path packagedJar() {
        Element project = pom.getDocumentElement();
        String version = childText(project, "version")
                .or(() -> child(project, "parent").flatMap(parent -> childText(parent, "version"))).orElse("");
        String finalName = child(project, "build").flatMap(build -> childText(build, "finalName"))
                .orElse("${project.artifactId}-${project.version}")
                .replace("${project.artifactId}", artifactId())
                .replace("${project.version}", version);
        return directory.resolve("target").resolve(finalName + ".jar");
    }

    /** Whether the Spring Boot plugin repackages the jar (with its layers index and the tools jar mode). */
    boolean repackagesBootJar() {
        return plugins().stream().anyMatch(plugin -> childText(plugin, "artifactId").orElse("")
                .equals("spring-boot-maven-plugin"));
    }

    /** Plugin configuration that would break the layered extraction the Dockerfile relies on. */
    List<String> layeringSwitchedOff() {
        List<String> problems = new ArrayList<>();
        for (Element plugin : plugins()) {
            if (!childText(plugin, "artifactId").orElse("").equals("spring-boot-maven-plugin")) {
                continue;
            }
            NodeList enabled = plugin.getElementsByTagName("enabled");
            for (int i = 0; i < enabled.getLength(); i++) {
                if (enabled.item(i).getParentNode().getNodeName().equals("layers")
                        && enabled.item(i).getTextContent().trim().equals("false")) {
                    problems.add("layers are disabled");
                }
            }
            NodeList tools = plugin.getElementsByTagName("includeTools");
            for (int i = 0; i < tools.getLength(); i++) {
                if (tools.item(i).getTextContent().trim().equals("false")) {
                    problems.add("the tools jar mode is left out (includeTools=false)");
                }
            }
        }
        return problems;
    }

    /** Whether it keeps data in MongoDB: the starter brings the driver unless the module excludes it. */
    boolean usesMongo() {
        return !starterExcludes("spring-boot-starter-data-mongodb");
    }

    /** Whether it talks to Kafka: the starter brings the binder unless the module excludes it. */
    boolean usesKafka() {
        return !starterExcludes("spring-cloud-starter-stream-kafka");
    }

    private boolean starterExcludes(String artifactId) {
        NodeList dependencies = pom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (!childText(dependency, "artifactId").orElse("").equals("plaza-starter")) {
                continue;
            }
            NodeList exclusions = dependency.getElementsByTagName("exclusion");
            for (int j = 0; j < exclusions.getLength(); j++) {
                if (childText((Element) exclusions.item(j), "artifactId").orElse("").equals(artifactId)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Element> plugins() {
        List<Element> plugins = new ArrayList<>();
        NodeList nodes = pom.getElementsByTagName("plugin");
        for (int i = 0; i < nodes.getLength(); i++) {
            plugins.add((Element) nodes.item(i));
        }
        return plugins;
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> childText(Element parent, String name) {
        return child(parent, name).map(element -> element.getTextContent().trim());
    }

    private static Document parse(Path pom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + pom, e);
        }
    }

    private static List<Placeholders.Reference> javaPlaceholders(Path sources) {
        List<Placeholders.Reference> references = new ArrayList<>();
        if (!Files.isDirectory(sources)) {
            return references;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher strings = JAVA_STRING_PLACEHOLDER.matcher(Files.readString(file));
                while (strings.find()) {
                    references.addAll(Placeholders.in(strings.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return references;
    }

    @Override
    public String toString() {
        return "services/" + directoryName();
    }
}
