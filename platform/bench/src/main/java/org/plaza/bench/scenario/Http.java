package org.plaza.bench.scenario;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.plaza.bench.load.Outcome;

/** The load generator's HTTP client: one shared JDK client, JSON bodies, outcomes by status. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public CompletableFuture<HttpResponse<String>> postJson(String path, String json) {
        return postJson(path, json, null);
    }

    /** A POST as a resident at {@code clientAddress} (sent as {@code X-Forwarded-For}; null sends none). */
    public CompletableFuture<HttpResponse<String>> postJson(String path, String json, String clientAddress) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (clientAddress != null) {
            request.header("X-Forwarded-For", clientAddress);
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public CompletableFuture<HttpResponse<String>> get(String path) {
        return client.sendAsync(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static Outcome outcome(HttpResponse<?> response) {
        int status = response.statusCode();
        return status >= 200 && status < 300 ? Outcome.OK : Outcome.error("http-" + status);
    }
}
