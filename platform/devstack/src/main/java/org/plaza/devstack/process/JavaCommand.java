package org.plaza.devstack.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds {@code java …} command lines for child processes. On Linux the command is prefixed with
 * {@code setsid}, which execs the JVM in its own session (same pid, no fork): a Ctrl-C in the
 * terminal then reaches only the launcher, which stops the children in order.
 */
public final class JavaCommand {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Path java;
    private final String classpath;

    public JavaCommand(Path java, String classpath) {
        this.java = java;
        this.classpath = classpath;
    }

    /** The java binary of the running JVM, so children run on the same Java as the launcher. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** {@code java <jvmOptions> -cp <classpath> <mainClass> <args>}. */
    public List<String> mainClass(String jvmOptions, String mainClass, String... args) {
        List<String> command = prefix(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** {@code java <jvmOptions> -jar <jar> <args>}. */
    public List<String> jar(String jvmOptions, Path jar, String... args) {
        List<String> command = prefix(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(Arrays.asList(args));
        return command;
    }

    private List<String> prefix(String jvmOptions) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(java.toString());
        for (String option : jvmOptions.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        return command;
    }
}
