package org.plaza.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plaza.insights.support.Fixtures.campaign;
import static org.plaza.insights.support.Fixtures.id;
import static org.plaza.insights.support.Fixtures.petition;
import static org.plaza.insights.support.Fixtures.signature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plaza.insights.support.Api;
import org.plaza.insights.support.Fixtures;
import org.plaza.insights.support.InsightsServiceTest;
import org.plaza.testsupport.security.Role;
import org.plaza.testsupport.security.StaffTokens;

import tools.jackson.databind.JsonNode;

/** The staff pages in both languages, with every number present without JavaScript, and the live stream. */
class DashboardPagesTest extends InsightsServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void rendersTheCampaignPageInSpanishAndEnglishWithItsNumbersInTheHtml() {
        String campaign = id("cmp");
        String petition = id("pet");
        events.publish(campaign(campaign, "Agua para Mecca", "Water for Mecca", "org-p"));
        events.publish(petition(petition, campaign, Fixtures.now().plus(20, ChronoUnit.DAYS)));
        events.publish(signature(id("sig"), petition, campaign, id("sup"), "NORTH_SHORE", "es"));
        events.publish(signature(id("sig"), petition, campaign, id("sup"), "NORTH_SHORE", "en"));
        await().atMost(WAIT).until(() -> api().getJson("/api/staff/insights/campaigns/" + campaign, "op-1", Role.OPERATOR)
                .at("/totals/signatures").asLong() == 2);

        String spanish = api().get("/staff/insights/campaigns/" + campaign + "?lang=es", "org-p", Role.ORGANIZER).text();
        String english = api().get("/staff/insights/campaigns/" + campaign + "?lang=en", "org-p", Role.ORGANIZER).text();

        assertThat(spanish).contains("<html lang=\"es\"", "Agua para Mecca", "firmas verificadas", "Firmas por comunidad",
                "North Shore", "data-live=\"signatures\">2<", "Informe en PDF (español)", "Ver las cifras");
        assertThat(english).contains("<html lang=\"en\"", "Water for Mecca", "verified signatures",
                "Signatures by community", "data-live=\"signatures\">2<", "Show the numbers");
        assertThat(spanish).contains("data-chart=\"{&quot;x&quot;:[");
        for (String page : new String[] { spanish, english }) {
            assertThat(page).doesNotContain("style=\"").doesNotContain("<script>");
            assertThat(page).containsPattern("<script src=\"/insights/webjars/uplot/[0-9.]+/dist/uPlot.iife.min.js\" defer>");
        }
    }

    @Test
    void rendersTheOverviewWithPlatformHealthForOperatorsOnly() {
        String operator = api().get("/staff/insights?lang=en", "op-1", Role.OPERATOR).text();
        String organizer = api().get("/staff/insights?lang=en", "org-none", Role.ORGANIZER).text();

        assertThat(operator).contains("Insights", "Platform health", "Consumer lag", "Dead letters", "petitions");
        assertThat(organizer).contains("How your campaigns are going.").doesNotContain("Platform health");
        assertThat(operator).as("an operator's staff navigation: the dashboards and sign-out").contains(
                "<nav class=\"staff-nav\" aria-label=\"Staff\">",
                "<a href=\"/staff/insights\" aria-current=\"page\">Dashboards</a>", "<a href=\"/sign-out\">Sign out</a>")
                .doesNotContain("<a href=\"/staff/campaigns\">");
    }

    @Test
    void servesTheChartLibraryFromThisService() {
        Api.Answer uplot = api().anonymous("/insights/webjars/uplot/dist/uPlot.iife.min.js");
        Api.Answer script = api().anonymous("/insights/assets/dashboard.js");

        assertThat(uplot.status()).isEqualTo(200);
        assertThat(uplot.text()).contains("uPlot");
        assertThat(script.status()).isEqualTo(200);
    }

    @Test
    void pushesNewNumbersToAnOpenPageWhenASignatureIsVerified() throws Exception {
        String campaign = id("cmp");
        String petition = id("pet");
        events.publish(campaign(campaign, "Luz en Thermal", "Street lights in Thermal", "org-l"));
        events.publish(petition(petition, campaign, null));
        events.publish(signature(id("sig"), petition, campaign, id("sup"), "THERMAL", "es"));
        await().atMost(WAIT).until(() -> api().getJson("/api/staff/insights/campaigns/" + campaign, "op-1", Role.OPERATOR)
                .at("/totals/signatures").asLong() == 1);

        CopyOnWriteArrayList<String> received = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/staff/insights/live?lang=en&campaign=" + campaign))
                .header("Authorization", StaffTokens.bearer(tokens.staffToken("org-l", Role.ORGANIZER)))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> stream = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> stream.join().body()
                .filter(line -> line.startsWith("data:")).forEach(line -> received.add(line.substring(5))));
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(WAIT).until(() -> received.stream().anyMatch(data -> signatures(data).equals("1")));

            events.publish(signature(id("sig"), petition, campaign, id("sup"), "THERMAL", "en"));

            await().atMost(WAIT).until(() -> received.stream().anyMatch(data -> signatures(data).equals("2")));
            String last = received.get(received.size() - 1);
            assertThat(json.readTree(last).at("/values/p." + petition + ".signatures").asString()).isEqualTo("2");
            assertThat(json.readTree(last).at("/charts/actions-hourly/series/0/label").asString())
                    .isEqualTo("verified signatures");
        } finally {
            stream.cancel(true);
            reader.interrupt();
        }
    }

    private String signatures(String data) {
        JsonNode payload = json.readTree(data);
        return payload.at("/values/signatures").asString("");
    }
}
