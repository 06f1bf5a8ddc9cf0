package org.plaza.devstack.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.plaza.devstack.process.InLauncher;
import org.plaza.devstack.process.ReadinessProbe;

/**
 * The SMS component: {@link SmsSink} inside the launcher's JVM, set up as {@link SmsMain} sets it up (the development
 * account unless the launcher's environment names another); ready once its viewer answers 200.
 */
public final class SmsSinkServer implements InLauncher {

    private final int port;
    private final String notificationsUrl;

    public SmsSinkServer(int port, String notificationsUrl) {
        this.port = port;
        this.notificationsUrl = notificationsUrl;
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public List<Integer> ports() {
        return List.of(port);
    }

    @Override
    public String address() {
        return "Twilio API and viewer " + viewerUrl();
    }

    public String viewerUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public Running start() throws IOException {
        SmsSink sink = SmsMain.start(port, notificationsUrl, System.getenv());
        return sink::stop;
    }

    @Override
    public List<String> loggers() {
        return List.of(SmsSinkServer.class.getPackageName());
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public ReadinessProbe readinessProbe() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest viewer = HttpRequest.newBuilder(URI.create(viewerUrl() + "/")).timeout(Duration.ofSeconds(2)).build();
        return () -> http.send(viewer, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }
}
