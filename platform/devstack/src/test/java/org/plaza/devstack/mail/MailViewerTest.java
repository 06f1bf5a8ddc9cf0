package org.plaza.devstack.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailViewerTest {

    @TempDir
    Path folder;

    private MailServer.Serving mail;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        mail = MailServer.serve(0, 0, folder);
    }

    @AfterEach
    void stop() {
        mail.close();
    }

    @Test
    void keepsOneEmlFilePerMessageWhateverTheNumberOfRecipients() throws Exception {
        send("Confirma tu firma / Confirm your signature", "Hola", null,
                "vecina@example.org", "neighbour@example.org", "organizer@example.org");

        await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles().size() == 1);
        String eml = Files.readString(emlFiles().get(0));
        String envelopeTo = eml.lines().filter(line -> line.startsWith("X-Plaza-Envelope-To: ")).findFirst().orElseThrow();
        assertThat(envelopeTo.substring(21).split(", "))
                .containsExactlyInAnyOrder("vecina@example.org", "neighbour@example.org", "organizer@example.org");
        assertThat(eml).contains("Subject: Confirma tu firma / Confirm your signature");
    }

    @Test
    void theHealthPathAnswersUpWithoutListingTheMessages() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/health").body()).isEqualTo("UP");
    }

    @Test
    void listsMessagesNewestFirstAsHtmlAndJson() throws Exception {
        send("Primero / First", "1", null, "a@example.org");
        await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles().size() == 1);
        send("Segundo / Second", "2", null, "b@example.org");
        await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles().size() == 2);

        String page = get("/").body();
        assertThat(page.indexOf("Segundo / Second")).isPositive().isLessThan(page.indexOf("Primero / First"));
        assertThat(get("/api/messages").body())
                .startsWith("[{\"id\":")
                .contains("\"to\":\"b@example.org\",\"subject\":\"Segundo / Second\"");
    }

    @Test
    void escapesWhatAMessageContainsAndSandboxesItsHtml() throws Exception {
        send("<script>alert('s')</script>", "<b>text</b> & more", "<p onclick=x()>Hola</p><script>alert(1)</script>",
                "vecina@example.org");
        await().atMost(Duration.ofSeconds(10)).until(() -> emlFiles().size() == 1);
        String id = emlFiles().get(0).getFileName().toString().replace(".eml", "");

        assertThat(get("/").body()).contains("&lt;script&gt;alert(&#39;s&#39;)&lt;/script&gt;").doesNotContain("<script>");
        HttpResponse<String> message = get("/messages/" + id);
        assertThat(message.body())
                .contains("<pre id=\"text\">&lt;b&gt;text&lt;/b&gt; &amp; more</pre>")
                .contains("<iframe id=\"html\" sandbox src=\"/messages/" + id + "/html\"")
                .doesNotContain("<script>");
        assertThat(message.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("default-src 'none'"));
        HttpResponse<String> html = get("/messages/" + id + "/html");
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).startsWith("sandbox;"));
        assertThat(get("/messages/" + id + ".eml").headers().firstValue("Content-Type")).hasValue("message/rfc822");
    }

    @Test
    void answersNotFoundForUnknownOrMalformedMessageIds() throws Exception {
        assertThat(get("/messages/20990101-000000-000-000").statusCode()).isEqualTo(404);
        assertThat(get("/messages/..%2F..%2Fpids.eml").statusCode()).isEqualTo(404);
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void anEmptyFolderSaysWhereToSendMail() throws Exception {
        assertThat(get("/").body()).contains("No mail yet", "127.0.0.1:" + mail.smtpPort());
    }

    private void send(String subject, String text, String html, String... to) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom("plaza@example.org");
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to[0]));
        message.setSubject(subject, "UTF-8");
        if (html == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", plain, rich));
        }
        Transport.send(message, Stream.of(to).map(this::address).toArray(InternetAddress[]::new));
    }

    private InternetAddress address(String email) {
        try {
            return new InternetAddress(email);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private List<Path> emlFiles() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mail.viewerPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
