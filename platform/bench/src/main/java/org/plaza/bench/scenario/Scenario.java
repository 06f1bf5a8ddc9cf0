package org.plaza.bench.scenario;

import java.util.Map;

import org.plaza.bench.load.Operation;
import org.plaza.bench.report.RunResult;

/** A kind of load against Plaza, with the exactness check that proves nothing was lost or counted twice. */
public interface Scenario {

    String name();

    /** Creates what the operations need (a campaign, petitions); called once before the run. */
    default void prepare() throws Exception {
    }

    Operation operation();

    /**
     * After the run and once the platform has settled: compares what was acknowledged with what is
     * stored and counted. {@code ambiguous} operations timed out after being sent: the platform may
     * or may not have stored them, so a store may hold up to that many more than were acknowledged.
     */
    Verification verify(long acknowledged, long ambiguous) throws Exception;

    /** Called before the load starts: operations starting from {@code nanos} on are past warm-up. */
    default void measureFrom(long nanos) {
    }

    /** Latency of the steps inside an operation, after warm-up (empty for one-step operations). */
    default Map<String, RunResult.Latency> steps() {
        return Map.of();
    }

    /** Releases what the scenario holds (consumers, clients); called after verification. */
    default void close() throws Exception {
    }
}
