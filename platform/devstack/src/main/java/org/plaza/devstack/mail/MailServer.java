package org.plaza.devstack.mail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.plaza.devstack.process.Component;
import org.plaza.devstack.process.JavaCommand;
import org.plaza.devstack.process.ReadinessProbe;

/**
 * The mail component: GreenMail SMTP plus the mail viewer in one process, messages in {@code mail/}.
 * Ready once SMTP greets with 220 and the viewer answers 200.
 */
public final class MailServer implements Component {

    private final JavaCommand java;
    private final String jvmOptions;
    private final Path directory;
    private final int smtpPort;
    private final int viewerPort;

    public MailServer(JavaCommand java, String jvmOptions, Path directory, int smtpPort, int viewerPort) {
        this.java = java;
        this.jvmOptions = jvmOptions;
        this.directory = directory;
        this.smtpPort = smtpPort;
        this.viewerPort = viewerPort;
    }

    @Override
    public String name() {
        return "mail";
    }

    @Override
    public List<Integer> ports() {
        return List.of(smtpPort, viewerPort);
    }

    @Override
    public String address() {
        return "smtp " + smtpAddress() + ", viewer " + viewerUrl();
    }

    public String smtpAddress() {
        return "127.0.0.1:" + smtpPort;
    }

    public String viewerUrl() {
        return "http://127.0.0.1:" + viewerPort;
    }

    @Override
    public Path workingDirectory() {
        return directory;
    }

    @Override
    public List<String> command() {
        return java.mainClass(jvmOptions, MailMain.class.getName(),
                String.valueOf(smtpPort), String.valueOf(viewerPort), directory.toString());
    }

    @Override
    public Duration stopTimeout() {
        return Duration.ofSeconds(15);
    }

    @Override
    public ReadinessProbe readinessProbe() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest viewer = HttpRequest.newBuilder(URI.create(viewerUrl() + MailViewer.HEALTH_PATH)).timeout(Duration.ofSeconds(2)).build();
        return () -> smtpGreets() && http.send(viewer, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private boolean smtpGreets() throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), smtpPort), 1000);
            socket.setSoTimeout(2000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = in.readLine();
            socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            return greeting != null && greeting.startsWith("220");
        }
    }
}
