package org.plaza.devstack.process;

import java.util.List;

/**
 * A component the launcher runs inside its own JVM instead of a process of its own: the developer tools of the
 * embedded stack (the mail and SMS sinks), which are no Plaza service and have no boundary to keep. Their own JVMs
 * cost about 65 MB of resident memory each for a few threads of work. The pids file lists such a component with
 * the launcher's pid, so {@code ./plaza status} and {@code ./plaza down} treat it as any other.
 */
public interface InLauncher extends Component {

    /** Starts serving on its ports; the returned handle stops it. */
    Running start() throws Exception;

    /** The loggers (name prefixes) whose output goes to this component's {@code logs/<name>.log}. */
    List<String> loggers();

    /** A started in-launcher component. */
    interface Running extends AutoCloseable {

        /** Stops serving and releases the ports. */
        @Override
        void close();
    }
}
