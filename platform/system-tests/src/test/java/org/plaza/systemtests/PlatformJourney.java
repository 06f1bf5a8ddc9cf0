package org.plaza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every journey on the shared running platform ({@link FullPlatform}): one test instance per class,
 * the stack, the first administrator signed in through the gateway ({@link #admin}), the organizing steps they
 * take ({@link #organizer}), and a word unique to this run ({@link #run}) that a journey puts in what it creates
 * to find its own among other journeys'. A journey's own {@code @BeforeAll} runs after these are set.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(FullPlatform.class)
public abstract class PlatformJourney {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    protected final String run = UUID.randomUUID().toString().substring(0, 6);
    protected PlazaStack stack;
    protected StaffClient admin;
    protected Organizer organizer;

    @BeforeAll
    protected final void joinTheRunningPlatform(PlazaStack platform, StaffClient firstAdmin) {
        stack = platform;
        admin = firstAdmin;
        organizer = new Organizer(firstAdmin);
    }

    /**
     * What a resident's script sends to a public API through the gateway: {@code json} POSTed to {@code path} in
     * Spanish, which must answer {@code expected}; returns the body.
     */
    protected String postAsResident(String path, String json, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path))
                    .header("Content-Type", "application/json").header("Accept-Language", "es")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
