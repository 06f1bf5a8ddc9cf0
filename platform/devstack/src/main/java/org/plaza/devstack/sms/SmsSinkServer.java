package org.plaza.devstack.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.plaza.devstack.process.Component;
import org.plaza.devstack.process.JavaCommand;
import org.plaza.devstack.process.ReadinessProbe;

/** The SMS component: {@link SmsSink} in its own process; ready once its viewer answers 200. */
public final class SmsSinkServer implements Component {

    private final JavaCommand java;
    private final String jvmOptions;
    private final Path directory;
    private final int port;
    private final String notificationsUrl;

    public SmsSinkServer(JavaCommand java, String jvmOptions, Path directory, int port, String notificationsUrl) {
        this.java = java;
        this.jvmOptions = jvmOptions;
        this.directory = directory;
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
    public Path workingDirectory() {
        return directory;
    }

    @Override
    public List<String> command() {
        return java.mainClass(jvmOptions, SmsMain.class.getName(), String.valueOf(port), notificationsUrl);
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
