package org.plaza.bench.scenario;

import java.net.URI;
import java.util.Iterator;
import java.util.List;

/** The scenarios the load generator knows, by name. */
public final class Scenarios {

    private Scenarios() {
    }

    public static Scenario create(String name, URI target) {
        throw new IllegalArgumentException("Unknown scenario '" + name + "'; known: " + new Names().list());
    }

    /** Names for the command line's help and completion. */
    public static final class Names implements Iterable<String> {

        List<String> list() {
            return List.of("bare");
        }

        @Override
        public Iterator<String> iterator() {
            return list().iterator();
        }
    }
}
