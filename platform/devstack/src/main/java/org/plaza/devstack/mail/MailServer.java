package org.plaza.devstack.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.plaza.devstack.process.InLauncher;
import org.plaza.devstack.process.ReadinessProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail component: GreenMail SMTP on 127.0.0.1 (any sender, any recipient, no authentication) writing every
 * message to {@code mail/}, and the mail viewer that reads them back; both inside the launcher's JVM. Ready once
 * SMTP greets with 220 and the viewer answers 200.
 */
public final class MailServer implements InLauncher {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);

    private final Path directory;
    private final int smtpPort;
    private final int viewerPort;

    public MailServer(Path directory, int smtpPort, int viewerPort) {
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
    public Running start() throws IOException {
        Files.createDirectories(directory);
        Serving serving = serve(smtpPort, viewerPort, directory);
        log.info("SMTP on 127.0.0.1:{}, viewer on http://127.0.0.1:{}, messages in {}", smtpPort, viewerPort, directory);
        return serving;
    }

    @Override
    public List<String> loggers() {
        return List.of(MailServer.class.getPackageName(), "com.icegreen.greenmail");
    }

    /** Starts SMTP and the viewer; port 0 picks a free port (tests). */
    static Serving serve(int smtpPort, int viewerPort, Path folder) throws IOException {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        try {
            greenMail.getUserManager().setMessageDeliveryHandler(
                    new ArchivingDeliveryHandler(new MailArchive(folder, Clock.systemUTC())));
            int boundSmtpPort = greenMail.getSmtp().getPort();
            MailViewer viewer = MailViewer.start(new MailFolder(folder), "127.0.0.1:" + boundSmtpPort, viewerPort);
            return new Serving(greenMail, viewer, boundSmtpPort);
        } catch (IOException | RuntimeException e) {
            greenMail.stop();
            throw e;
        }
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

    private boolean smtpGreets() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), smtpPort), 1000);
            socket.setSoTimeout(2000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String greeting = in.readLine();
            socket.getOutputStream().write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            return greeting != null && greeting.startsWith("220");
        }
    }

    /** A started SMTP server and viewer. */
    record Serving(GreenMail greenMail, MailViewer viewer, int smtpPort) implements Running {

        int viewerPort() {
            return viewer.port();
        }

        @Override
        public void close() {
            viewer.stop();
            greenMail.stop();
        }
    }
}
