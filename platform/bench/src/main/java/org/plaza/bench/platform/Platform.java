package org.plaza.bench.platform;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.plaza.bench.scenario.Http;
import org.plaza.bench.scenario.KeepAliveGets;
import org.plaza.bench.scenario.ScenarioOptions;

import tools.jackson.databind.JsonNode;

/**
 * The running Plaza as the service scenarios see it: the residents' HTTP clients (the JDK's, and plain-socket
 * keep-alive GETs for the closed model's reads), one staff session, one reader of emailed codes, and a run id that
 * keeps this run's data apart from earlier runs'. Shared by the parts of a mixed run.
 */
public final class Platform implements AutoCloseable {

    /**
     * Templates whose {@code code} parameter confirms a resident's submission, and outreach's, whose confirmation
     * link's {@code token} does ({@link NotificationCodes#TOKEN_TEMPLATES}).
     */
    public static final Set<String> CODE_TEMPLATES = Set.of("petitions.signature-verification",
            "comments.comment-confirmation", "outreach.volunteer-confirmation");

    private final ScenarioOptions options;
    private final Http http;
    private final KeepAliveGets gets;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private StaffSession staff;
    private NotificationCodes codes;

    public Platform(ScenarioOptions options) {
        this.options = options;
        this.http = new Http(options.target());
        this.gets = KeepAliveGets.supports(options.target())
                ? new KeepAliveGets(options.target(), Duration.ofSeconds(5), Duration.ofSeconds(30))
                : null;
    }

    public ScenarioOptions options() {
        return options;
    }

    public Http http() {
        return http;
    }

    /**
     * GETs on one kept-alive connection per calling thread, with the JDK client's timeouts (5 s to connect, 30 s an
     * exchange); null when the target is not plain {@code http:}.
     */
    public KeepAliveGets gets() {
        return gets;
    }

    public String run() {
        return run;
    }

    public synchronized StaffSession staff() {
        if (staff == null) {
            staff = StaffSession.signIn(options.target(), options.staffUser(), options.staffPassword(),
                    options.newStaffPassword());
        }
        return staff;
    }

    public Fixtures fixtures() {
        return new Fixtures(staff(), run);
    }

    /** Started before the load, from the end of the topic, so it sees every code this run causes. */
    public synchronized NotificationCodes codes() {
        if (codes == null) {
            codes = new NotificationCodes(options.kafka(), CODE_TEMPLATES);
        }
        return codes;
    }

    /**
     * The campaign's totals in the insights projection ({@code signatures}, {@code comments}, {@code signups}…);
     * an empty object while insights does not answer (the settling wait asks again).
     */
    public JsonNode insightsTotals(String campaignId) {
        try {
            JsonNode campaign = staff().get("api/staff/insights/campaigns/" + campaignId);
            return campaign.has("totals") ? campaign.path("totals") : campaign;
        } catch (IllegalStateException | UncheckedIOException unavailable) {
            return Json.object();
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        if (gets != null) {
            gets.close();
        }
        if (codes != null) {
            codes.close();
            codes = null;
        }
    }
}
