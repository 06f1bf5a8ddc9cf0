package org.plaza.devstack.mail;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail process: {@code MailMain <smtp-port> <viewer-port> <folder>} runs GreenMail SMTP on
 * 127.0.0.1 (any sender, any recipient, no authentication) writing every message to the folder,
 * and the mail viewer that reads them back.
 */
public final class MailMain {

    private static final Logger log = LoggerFactory.getLogger(MailMain.class);

    private MailMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("Usage: MailMain <smtp-port> <viewer-port> <folder>");
            System.exit(64);
        }
        int smtpPort = Integer.parseInt(args[0]);
        int viewerPort = Integer.parseInt(args[1]);
        Path folder = Path.of(args[2]).toAbsolutePath();
        Running running = start(smtpPort, viewerPort, folder);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.stop();
            stopped.countDown();
        }, "mail-shutdown"));
        log.info("SMTP on 127.0.0.1:{}, viewer on http://127.0.0.1:{}, messages in {}", smtpPort, viewerPort, folder);
        stopped.await();
    }

    /** Starts SMTP and the viewer; port 0 picks a free port (tests). */
    static Running start(int smtpPort, int viewerPort, Path folder) throws Exception {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp"))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        greenMail.getUserManager().setMessageDeliveryHandler(
                new ArchivingDeliveryHandler(new MailArchive(folder, Clock.systemUTC())));
        int boundSmtpPort = greenMail.getSmtp().getPort();
        MailViewer viewer = MailViewer.start(new MailFolder(folder), "127.0.0.1:" + boundSmtpPort, viewerPort);
        return new Running(greenMail, viewer, boundSmtpPort);
    }

    /** A started SMTP server and viewer. */
    record Running(GreenMail greenMail, MailViewer viewer, int smtpPort) {

        int viewerPort() {
            return viewer.port();
        }

        void stop() {
            viewer.stop();
            greenMail.stop();
        }
    }
}
