package org.plaza.devstack.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A component that is a process of its own, started by the launcher: Kafka, MongoDB, each service. */
public interface ChildProcess extends Component {

    /** Commands that must exit with 0 before {@link #command()} runs, such as formatting storage. */
    default List<List<String>> preparation() {
        return List.of();
    }

    List<String> command();

    default Map<String, String> environment() {
        return Map.of();
    }

    Path workingDirectory();

    /**
     * The parts this one process hosts, each listed in the pids file under its own name with its own ports (the
     * services of the shared JVM); empty when the process is listed as itself.
     */
    default Map<String, List<Integer>> parts() {
        return Map.of();
    }

    /** Parts that ended on their own since the last call while the process runs on (see {@link PartExits}). */
    default List<PartExits.Exit> exitedParts() {
        return List.of();
    }
}
