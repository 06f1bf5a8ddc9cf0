package org.plaza.testsupport;

import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.testcontainers.DockerClientFactory;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where the test infrastructure runs: in containers (Docker) or in this JVM.
 *
 * <p>Chosen by the property {@value #PROPERTY}: {@code auto} (the default) asks Docker,
 * {@code containers} or {@code embedded} force a mode.
 */
public enum InfrastructureMode {

    /** {@code apache/kafka} and {@code mongo} containers, connected through {@code @ServiceConnection}. */
    CONTAINERS,

    /** An in-JVM KRaft broker and mongo-java-server, shared by every test context of the JVM. */
    EMBEDDED;

    /** The system (or Spring) property that chooses the mode. */
    public static final String PROPERTY = "plaza.test.infra";

    private static volatile Boolean dockerAvailable;

    /** The mode for this JVM, from the system property {@value #PROPERTY}. */
    public static InfrastructureMode current() {
        return decide(System.getProperty(PROPERTY), InfrastructureMode::dockerAvailable);
    }

    /**
     * Decides the mode from a setting ({@code auto}, {@code containers}, {@code embedded}; blank
     * means {@code auto}). Docker is asked only for {@code auto}.
     */
    static InfrastructureMode decide(String setting, BooleanSupplier docker) {
        String value = (setting == null || setting.isBlank()) ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "containers" -> CONTAINERS;
            case "embedded" -> EMBEDDED;
            case "auto" -> docker.getAsBoolean() ? CONTAINERS : EMBEDDED;
            default -> throw new IllegalArgumentException(
                    PROPERTY + " must be auto, containers or embedded, not '" + setting + "'");
        };
    }

    /** Whether a Docker engine answers; asked once per JVM. */
    static boolean dockerAvailable() {
        Boolean answer = dockerAvailable;
        if (answer == null) {
            answer = askDocker();
            dockerAvailable = answer;
        }
        return answer;
    }

    private static boolean askDocker() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    /** Matches when the context's {@value #PROPERTY} property resolves to {@link #CONTAINERS}. */
    static final class ContainersCondition implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context) == CONTAINERS;
        }

    }

    /** Matches when the context's {@value #PROPERTY} property resolves to {@link #EMBEDDED}. */
    static final class EmbeddedCondition implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return of(context) == EMBEDDED;
        }

    }

    private static InfrastructureMode of(ConditionContext context) {
        return decide(context.getEnvironment().getProperty(PROPERTY), InfrastructureMode::dockerAvailable);
    }

}
