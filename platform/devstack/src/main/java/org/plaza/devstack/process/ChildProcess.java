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
}
