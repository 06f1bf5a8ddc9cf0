package org.plaza.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stack's texts as a test reads them: the devstack's SMS sink lists every text ({@code /api/messages?number=})
 * and takes a resident's reply ({@code /api/inbound}), which it signs and posts to the notifications service.
 */
public final class SmsInbox {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    /** A name a text quotes (a petition's or a drive's title, which a journey makes unique with digits). */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");

    private final String sink;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    SmsInbox(String sink) {
        this.sink = sink;
    }

    /**
     * One text.
     *
     * @param direction {@code outbound-api} (Plaza texted the resident), {@code outbound-reply} (Plaza's answer to
     *        a resident's text) or {@code inbound} (the resident's text)
     * @param status queued, sent, delivered or undelivered for Plaza's texts
     */
    public record Text(String sid, String direction, String from, String to, String body, String status) {

        /**
         * The six-digit code in the text, outside the name it quotes: a journey's titles end with six characters of
         * a UUID, which are sometimes all digits.
         */
        public String code() {
            Matcher code = CODE.matcher(QUOTED.matcher(body).replaceAll("\"\""));
            if (!code.find()) {
                throw new AssertionError("No six-digit code in the text: " + body);
            }
            return code.group(1);
        }
    }

    /** Every text to or from {@code number} (E.164) so far, oldest first. */
    public List<Text> conversationWith(String number) {
        List<Text> texts = new ArrayList<>();
        for (JsonNode text : json.readTree(get("/api/messages?number=" + URLEncoder.encode(number,
                StandardCharsets.UTF_8)))) {
            texts.add(new Text(text.path("sid").asString(), text.path("direction").asString(),
                    text.path("from").asString(), text.path("to").asString(), text.path("body").asString(),
                    text.path("status").asString()));
        }
        return texts;
    }

    /** Waits for a text Plaza sent to {@code number} that {@code matching} accepts. */
    public Text await(String number, String description, Predicate<Text> matching) {
        AtomicReference<Text> found = new AtomicReference<>();
        Awaitility.await("text to " + number + ": " + description).atMost(Mailbox.DELIVERY)
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    conversationWith(number).stream().filter(text -> text.direction().equals("outbound-api"))
                            .filter(matching).reduce((first, second) -> second).ifPresent(found::set);
                    return found.get() != null;
                });
        return found.get();
    }

    /** Waits for a text to {@code number} containing {@code part}. */
    public Text awaitContaining(String number, String part) {
        return await(number, "containing \"" + part + "\"", text -> text.body().contains(part));
    }

    /** The resident with {@code number} texts {@code body} back; returns Plaza's answer, if any. */
    public Optional<String> reply(String number, String body) {
        String form = "From=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&Body="
                + URLEncoder.encode(body, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(sink + "/api/inbound"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("The SMS sink answered " + answer.statusCode() + ": " + answer.body());
            }
            JsonNode reply = json.readTree(answer.body()).path("reply");
            return reply.isNull() || reply.isMissingNode() ? Optional.empty() : Optional.of(reply.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(sink + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
