package org.plaza.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/Dockerfile builds every service from the jar {@code ./mvnw package} made, split into Spring Boot's
 * layers, run as an unprivileged user with a heap sized by the container.
 */
final class DockerfileRules {

    /** Spring Boot's default layers, least often changed first (the order the image copies them in). */
    static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    static final String LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private static final Pattern SERVICE_ARGUMENT = Pattern.compile("\\$\\{SERVICE}|\\$SERVICE\\b");

    private final Deployment deployment;
    private final Dockerfile dockerfile;
    private final List<ServiceModule> modules;

    DockerfileRules(Deployment deployment, Repository repository) {
        this.deployment = deployment;
        this.dockerfile = deployment.dockerfile();
        this.modules = repository.services();
    }

    List<String> all() {
        List<String> problems = new ArrayList<>();
        problems.addAll(jarOfEveryService());
        problems.addAll(bootJars());
        problems.addAll(layers());
        problems.addAll(entrypoint());
        problems.addAll(user());
        problems.addAll(context());
        return problems;
    }

    /** The stage that copies the service's jar in, and that COPY. */
    Optional<Dockerfile.Stage> jarStage() {
        return dockerfile.stages().stream().filter(stage -> jarCopy(stage).isPresent()).findFirst();
    }

    /** The path of the jar inside the layers stage, relative to its working directory. */
    Optional<String> jarInStage() {
        return jarStage().flatMap(DockerfileRules::jarCopy).map(copy -> copy.words().get(copy.words().size() - 1));
    }

    /** The arguments the image's RUN gives {@code java} to extract the layers (after {@code java}). */
    Optional<List<String>> extractCommand() {
        return jarStage().flatMap(stage -> stage.all("RUN").stream()
                .map(Dockerfile.Instruction::words)
                .filter(words -> words.contains("-Djarmode=tools") && words.contains("extract"))
                .findFirst()
                .map(words -> words.subList(words.indexOf("java") + 1, words.size())));
    }

    /** For each service module, the COPY names the jar its pom packages. */
    List<String> jarOfEveryService() {
        List<String> problems = new ArrayList<>();
        Optional<Dockerfile.Stage> stage = jarStage();
        if (stage.isEmpty()) {
            return List.of("the Dockerfile copies no services/${SERVICE}/... jar");
        }
        if (stage.get().all("ARG").stream().noneMatch(arg -> arg.arguments().split("=")[0].trim().equals("SERVICE"))) {
            problems.add("the stage that copies the jar does not declare ARG SERVICE, so ${SERVICE} is empty there");
        }
        String source = jarCopy(stage.get()).orElseThrow().words().get(0);
        for (ServiceModule module : modules) {
            String copied = SERVICE_ARGUMENT.matcher(source).replaceAll(Matcher.quoteReplacement(module.directoryName()));
            String packaged = "services/" + module.directoryName() + "/target/" + module.packagedJar().getFileName();
            if (!copied.equals(packaged)) {
                problems.add("for " + module + " the Dockerfile copies " + copied + ", but ./mvnw package writes " + packaged);
            }
        }
        return problems;
    }

    /** Each module's pom repackages a Spring Boot jar that keeps its layers index and the tools jar mode. */
    List<String> bootJars() {
        List<String> problems = new ArrayList<>();
        for (ServiceModule module : modules) {
            if (!module.repackagesBootJar()) {
                problems.add(module + " does not use spring-boot-maven-plugin, so its jar is not a Spring Boot jar");
            }
            module.layeringSwitchedOff().forEach(problem -> problems.add(module + ": " + problem));
        }
        return problems;
    }

    /** The jar is extracted as layers with the launcher, and the image copies every layer, in order. */
    List<String> layers() {
        List<String> problems = new ArrayList<>();
        Optional<List<String>> extract = extractCommand();
        if (extract.isEmpty()) {
            return List.of("the Dockerfile does not run java -Djarmode=tools ... extract on the jar");
        }
        List<String> words = extract.get();
        for (String option : List.of("--layers", "--launcher")) {
            if (!words.contains(option)) {
                problems.add("the jar is extracted without " + option);
            }
        }
        int jar = words.indexOf("-jar");
        if (jar < 0 || jar + 1 >= words.size() || !words.get(jar + 1).equals(jarInStage().orElse(""))) {
            problems.add("the extraction does not read the copied jar " + jarInStage().orElse("?"));
        }
        int destination = words.indexOf("--destination");
        String extracted = destination >= 0 && destination + 1 < words.size() ? words.get(destination + 1) : ".";
        Dockerfile.Stage stage = jarStage().orElseThrow();
        String root = (stage.workdir().endsWith("/") ? stage.workdir() : stage.workdir() + "/") + extracted + "/";
        List<String> copied = dockerfile.image().all("COPY").stream()
                .filter(copy -> copy.arguments().startsWith("--from=" + stage.name() + " "))
                .map(copy -> copy.words().get(1))
                .toList();
        List<String> expected = LAYERS.stream().map(layer -> root + layer + "/").toList();
        if (!copied.equals(expected)) {
            problems.add("the image copies " + copied + " from stage " + stage.name() + "; it must copy every layer in order: " + expected);
        }
        return problems;
    }

    /** The image starts Spring Boot's launcher with a heap sized as a share of the container's memory. */
    List<String> entrypoint() {
        List<String> problems = new ArrayList<>();
        Optional<Dockerfile.Instruction> entrypoint = dockerfile.image().last("ENTRYPOINT");
        if (entrypoint.isEmpty() || !entrypoint.get().arguments().startsWith("[")) {
            return List.of("the image has no exec-form ENTRYPOINT (a shell would not pass SIGTERM to Java)");
        }
        List<String> command = new ArrayList<>();
        Yaml.parseJson(entrypoint.get().arguments()).forEach(word -> command.add(word.asString()));
        if (command.stream().noneMatch(word -> word.startsWith("-XX:MaxRAMPercentage="))) {
            problems.add("the JVM heap is not sized from the container's memory (-XX:MaxRAMPercentage)");
        }
        if (command.isEmpty() || !command.get(command.size() - 1).equals(LAUNCHER)) {
            problems.add("the image does not start " + LAUNCHER + " on the extracted layers");
        }
        return problems;
    }

    /** The image runs as a user other than root. */
    List<String> user() {
        Optional<Dockerfile.Instruction> user = dockerfile.image().last("USER");
        String name = user.map(u -> u.arguments().split(":")[0].trim()).orElse("root");
        return name.equals("root") || name.equals("0") ? List.of("the image runs as root") : List.of();
    }

    /** The build context sends the service jars and nothing else that matters (sources, .git, .env, data). */
    List<String> context() {
        List<String> problems = new ArrayList<>();
        DockerIgnore ignore = deployment.dockerIgnore();
        for (ServiceModule module : modules) {
            String jar = "services/" + module.directoryName() + "/target/" + module.packagedJar().getFileName();
            if (!ignore.sends(jar)) {
                problems.add("Dockerfile.dockerignore keeps " + jar + " out of the build context");
            }
        }
        for (String kept : List.of(".git/config", "deploy/.env", ".env", ".plaza/mongo/plaza.mv.db",
                "services/petitions/src/main/resources/application.yml", "platform/devstack/target/classes/a.class")) {
            if (ignore.sends(kept)) {
                problems.add("Dockerfile.dockerignore sends " + kept + " to the builder");
            }
        }
        return problems;
    }

    private static Optional<Dockerfile.Instruction> jarCopy(Dockerfile.Stage stage) {
        return stage.all("COPY").stream()
                .filter(copy -> !copy.arguments().startsWith("--from") && SERVICE_ARGUMENT.matcher(copy.arguments()).find())
                .findFirst();
    }
}
