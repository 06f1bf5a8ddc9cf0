package org.plaza.bench.load;

import java.util.concurrent.CompletableFuture;

/** One unit of work of a scenario (a signature submitted and confirmed, a count read). */
@FunctionalInterface
public interface Operation {

    CompletableFuture<Outcome> run(long sequence);
}
