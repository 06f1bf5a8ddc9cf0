package org.plaza.bench.petitions;

import java.util.concurrent.CompletableFuture;

import org.plaza.bench.load.Outcome;
import org.plaza.bench.platform.Fixtures.Petition;
import org.plaza.bench.platform.Platform;
import org.plaza.bench.scenario.CountedScenario;
import org.plaza.bench.scenario.Http;
import org.plaza.bench.scenario.Verification;

/**
 * Reads of the public count JSON ({@code /api/public/petitions/{slug}/counts}), most of them of the viral
 * petition. Before the load a few signatures are signed and confirmed; afterwards the signing check runs
 * again, proving that reads changed nothing and that the count shown still equals the count stored.
 */
public final class CountReadsScenario extends CountedScenario {

    static final int SEEDED_SIGNATURES = 20;
    /** Seeds sign as residents far from the load's sequence numbers, so a mixed run never reuses one. */
    private static final long SEED_BASE = 1_000_000_000L;

    private final Platform platform;
    private final SignScenario seeds;

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
    }

    @Override
    protected CompletableFuture<Outcome> run(long sequence) {
        Petition petition = seeds.petitions().get(SignScenario.petitionIndex(sequence, seeds.petitions().size(),
                platform.options().viralShare()));
        return platform.http().get("api/public/petitions/" + petition.slug() + "/counts").thenApply(Http::outcome);
    }

    @Override
    public Verification verify(long acknowledged, long ambiguous) {
        return seeds.verify(0, 0);
    }

    @Override
    public void close() throws InterruptedException {
        platform.close();
    }
}
