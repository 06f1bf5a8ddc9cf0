package org.plaza.devstack.process;

import java.time.Duration;
import java.util.List;

/**
 * One part of the local stack: its ports, how to tell that it answers its clients, and how long it may take to
 * stop. It runs either as a child process of the launcher ({@link ChildProcess}) or inside the launcher's own JVM
 * ({@link InLauncher}).
 */
public interface Component {

    String name();

    /** TCP ports on 127.0.0.1 this component listens on; checked before anything starts. */
    List<Integer> ports();

    /** How a person or a client reaches the component, printed once it is ready. */
    String address();

    ReadinessProbe readinessProbe();

    /** How long a stop may take (for a child process: before its SIGTERM is followed by a SIGKILL). */
    default Duration stopTimeout() {
        return Duration.ofSeconds(30);
    }
}
