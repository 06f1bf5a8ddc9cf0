package org.plaza.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the commands need to know: repository, data folder, ports and timeouts. Each value comes from
 * a command-line option ({@code --kafka-port 19092}), else a {@code PLAZA_*} environment variable,
 * else its default; JVM options and the Mongo socket timeout come from {@code devstack.properties}.
 */
record Settings(Path repo, Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort, int smtpPort,
                int mailViewerPort, int servicePortOffset, Duration startTimeout, Optional<Set<String>> services,
                String classpath, Properties tuning, int smsPort, boolean sharedJvm) {

    private static final List<Option> OPTIONS = List.of(
            new Option("repo", "PLAZA_REPO", null),
            new Option("data-dir", "PLAZA_DATA_DIR", null),
            new Option("kafka-port", "PLAZA_KAFKA_PORT", "9092"),
            new Option("kafka-controller-port", "PLAZA_KAFKA_CONTROLLER_PORT", "9093"),
            new Option("mongo-port", "PLAZA_MONGO_PORT", "27017"),
            new Option("smtp-port", "PLAZA_SMTP_PORT", "3025"),
            new Option("mail-viewer-port", "PLAZA_MAIL_VIEWER_PORT", "8025"),
            new Option("sms-port", "PLAZA_SMS_PORT", "8026"),
            new Option("service-port-offset", "PLAZA_SERVICE_PORT_OFFSET", "0"),
            new Option("start-timeout", "PLAZA_START_TIMEOUT", "180"),
            new Option("services", "PLAZA_SERVICES", "all"),
            new Option("jvms", "PLAZA_JVMS", "shared"));

    static Settings parse(List<String> args, Map<String, String> env) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("Unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("Option --" + name + " needs a value");
            }
            String key = name;
            if (OPTIONS.stream().noneMatch(option -> option.name().equals(key))) {
                throw new UsageException("Unknown option --" + name);
            }
            given.put(name, value);
        }
        Map<String, String> values = new HashMap<>();
        for (Option option : OPTIONS) {
            String value = given.getOrDefault(option.name(), env.getOrDefault(option.env(), option.defaultValue()));
            if (value != null) {
                values.put(option.name(), value);
            }
        }
        Path repo = Path.of(values.getOrDefault("repo", ".")).toAbsolutePath().normalize();
        Path dataDir = values.containsKey("data-dir")
                ? Path.of(values.get("data-dir")).toAbsolutePath().normalize()
                : repo.resolve(".plaza");
        String classpath = System.getProperty("plaza.classpath", System.getProperty("java.class.path"));
        return new Settings(repo, dataDir,
                port(values, "kafka-port"), port(values, "kafka-controller-port"), port(values, "mongo-port"),
                port(values, "smtp-port"), port(values, "mail-viewer-port"),
                number(values, "service-port-offset", -8000, 57000),
                Duration.ofSeconds(number(values, "start-timeout", 1, 3600)),
                services(values.get("services")), classpath, loadTuning(), port(values, "sms-port"),
                sharedJvm(values.get("jvms")));
    }

    /** The name of every option, as {@code --<name>} takes it. */
    static List<String> optionNames() {
        return OPTIONS.stream().map(Option::name).toList();
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    Path mongoDir() {
        return dataDir.resolve("mongo");
    }

    Path mailDir() {
        return dataDir.resolve("mail");
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    Path pidFile() {
        return dataDir.resolve("pids");
    }

    /** Copies of the jars the processes run from, so that a rebuild never rewrites a jar in use. */
    Path runtimeDir() {
        return dataDir.resolve("runtime");
    }

    /** Working directories of the services, so everything they write stays in the data folder. */
    Path servicesDir() {
        return dataDir.resolve("services");
    }

    String jvmOptions(String component) {
        return tuning.getProperty("jvm." + component, "");
    }

    /** {@code jvm.service}, then {@code jvm.service.<name>} (a later flag wins, so a service can override one). */
    String serviceJvmOptions(String service) {
        return (jvmOptions("service") + " " + tuning.getProperty("jvm.service." + service, "")).trim();
    }

    /** Whether services run extracted with a class data sharing archive each ({@code service.class-data-sharing}). */
    boolean classDataSharing() {
        return Boolean.parseBoolean(tuning.getProperty("service.class-data-sharing", "true").trim());
    }

    int mongoSocketTimeoutMillis() {
        return Integer.parseInt(tuning.getProperty("mongo.socket-timeout-ms", "30000").trim());
    }

    /** Empty for {@code all}; otherwise the services to start ({@code none} is the empty set). */
    private static Optional<Set<String>> services(String value) {
        String list = value.trim();
        if (list.equals("all")) {
            return Optional.empty();
        }
        if (list.equals("none") || list.isEmpty()) {
            return Optional.of(Set.of());
        }
        return Optional.of(Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** {@code --jvms shared} (the services in one JVM, the default) or {@code separate} (a JVM per service). */
    private static boolean sharedJvm(String value) {
        return switch (value.trim()) {
            case "separate" -> false;
            case "shared" -> true;
            default -> throw new UsageException("--jvms must be 'separate' or 'shared', not '" + value + "'");
        };
    }

    private static int port(Map<String, String> values, String name) {
        return number(values, name, 1, 65535);
    }

    private static int number(Map<String, String> values, String name, int min, int max) {
        String value = values.get(name);
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + value + "'");
        }
    }

    private static Properties loadTuning() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/devstack.properties")) {
            if (in != null) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Option(String name, String env, String defaultValue) {
    }

    /** A command line that cannot be understood; the message says what is wrong with it. */
    static final class UsageException extends RuntimeException {

        UsageException(String message) {
            super(message);
        }
    }
}
