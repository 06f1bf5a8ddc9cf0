package org.plaza.bench.petitions;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.plaza.bench.load.LoadModel;
import org.plaza.bench.load.Outcome;
import org.plaza.bench.platform.Fixtures.Petition;
import org.plaza.bench.platform.Platform;
import org.plaza.bench.scenario.CountedScenario;
import org.plaza.bench.scenario.KeepAliveGets;
import org.plaza.bench.scenario.Verification;

/**
 * Reads of the public count JSON ({@code /api/public/petitions/{slug}/counts}), most of them of the viral
 * petition. Before the load a few signatures are signed and confirmed; afterwards the signing check runs
 * again, proving that reads changed nothing and that the count shown still equals the count stored.
 *
 * <p>A read succeeds when it is answered 2xx with the counts of the petition asked for. In the closed model each user
 * reads on its own kept-alive connection ({@link KeepAliveGets}), on its own thread; in the open model (and over TLS)
 * the reads go through the JDK's asynchronous client, which does not hold up the arrivals.
 */
public final class CountReadsScenario extends CountedScenario {

    static final int SEEDED_SIGNATURES = 20;
    /** Seeds sign as residents far from the load's sequence numbers, so a mixed run never reuses one. */
    private static final long SEED_BASE = 1_000_000_000L;

    private final Platform platform;
    private final SignScenario seeds;
    private List<Read> reads = List.of();

    public CountReadsScenario(Platform platform) {
        this.platform = platform;
        this.seeds = new SignScenario(platform);
    }

    @Override
    public String name() {
        return "count-reads";
    }

    @Override
    public void prepare() {
        seeds.prepare();
        for (long sequence = 0; sequence < SEEDED_SIGNATURES; sequence++) {
            seeds.operation().run(SEED_BASE + sequence).join();
        }
        KeepAliveGets gets = platform.gets();
        reads = seeds.petitions().stream().map(petition -> {
            String path = "api/public/petitions/" + petition.slug() + "/counts";
            return new Read(petition, path, gets == null ? null : gets.request(path, Map.of()));
        }).toList();
    }

    @Override
    protected CompletableFuture<Outcome> run(long sequence) {
        Read read = reads.get(SignScenario.petitionIndex(sequence, reads.size(), platform.options().viralShare()));
        if (read.request() != null && LoadModel.Closed.onUserThread()) {
            try {
                KeepAliveGets.Response answer = platform.gets().send(read.request());
                return CompletableFuture.completedFuture(outcome(answer.status(), answer.text(), read.petition().slug()));
            } catch (IOException failed) {
                return CompletableFuture.failedFuture(failed);
            }
        }
        return platform.http().get(read.path())
                .thenApply(response -> outcome(response.statusCode(), response.body(), read.petition().slug()));
    }

    /**
     * A read's outcome: {@code http-<status>} unless 2xx, {@code unexpected-body} unless the body is the counts JSON of
     * the petition asked for (an object naming its slug and a {@code verified} count).
     */
    static Outcome outcome(int status, String body, String slug) {
        if (status < 200 || status >= 300) {
            return Outcome.error("http-" + status);
        }
        boolean counts = body != null && body.stripLeading().startsWith("{") && body.contains("\"verified\"")
                && body.contains("\"" + slug + "\"");
        return counts ? Outcome.OK : Outcome.error("unexpected-body");
    }

    @Override
    public Verification verify(long acknowledged, long ambiguous) {
        return seeds.verify(0, 0);
    }

    @Override
    public void close() throws InterruptedException {
        platform.close();
    }

    /** One petition's read: its path for the JDK client, its encoded request for the keep-alive one (or null). */
    private record Read(Petition petition, String path, KeepAliveGets.Request request) {
    }
}
