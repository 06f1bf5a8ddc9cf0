package org.plaza.bench.scenario;

import java.net.URI;
import java.util.Iterator;
import java.util.List;

import org.plaza.bench.comments.CommentBurstScenario;
import org.plaza.bench.mixed.MixedScenario;
import org.plaza.bench.outreach.VolunteerRushScenario;
import org.plaza.bench.petitions.CountReadsScenario;
import org.plaza.bench.petitions.SignScenario;
import org.plaza.bench.platform.Platform;

/** The scenarios the load generator knows, by name ({@code bare} is built by the command, on its own stack). */
public final class Scenarios {

    private Scenarios() {
    }

    public static Scenario create(String name, URI target) {
        return create(name, ScenarioOptions.defaults(target));
    }

    public static Scenario create(String name, ScenarioOptions options) {
        return switch (name) {
            case "sign" -> new SignScenario(new Platform(options));
            case "comment-burst" -> new CommentBurstScenario(new Platform(options));
            case "count-reads" -> new CountReadsScenario(new Platform(options));
            case "volunteer-rush" -> new VolunteerRushScenario(new Platform(options));
            case "mixed" -> new MixedScenario(new Platform(options));
            default -> throw new IllegalArgumentException("Unknown scenario '" + name + "'; known: " + new Names().list());
        };
    }

    /** Names for the command line's help and completion. */
    public static final class Names implements Iterable<String> {

        List<String> list() {
            return List.of("bare", "sign", "comment-burst", "count-reads", "volunteer-rush", "mixed");
        }

        @Override
        public Iterator<String> iterator() {
            return list().iterator();
        }
    }
}
