package org.plaza.devstack.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One process of the local stack: how to start it, which ports it takes, how to tell that it answers
 * its clients, and how long it may take to stop.
 */
public interface Component {

    String name();

    /** TCP ports on 127.0.0.1 this component listens on; checked before anything starts. */
    List<Integer> ports();

    /** How a person or a client reaches the component, printed once it is ready. */
    String address();

    /** Commands that must exit with 0 before {@link #command()} runs, such as formatting storage. */
    default List<List<String>> preparation() {
        return List.of();
    }

    List<String> command();

    default Map<String, String> environment() {
        return Map.of();
    }

    Path workingDirectory();

    ReadinessProbe readinessProbe();

    /** How long a SIGTERM may take before the process gets a SIGKILL. */
    default Duration stopTimeout() {
        return Duration.ofSeconds(30);
    }
}
