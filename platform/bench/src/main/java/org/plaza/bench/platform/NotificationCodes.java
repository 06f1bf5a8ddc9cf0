package org.plaza.bench.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import tools.jackson.databind.JsonNode;

/**
 * The residents' inbox, read where the services put it: a consumer of {@code plaza.notifications.requests}
 * in its own group, starting at the end of the topic, mapping each recipient to the code of the
 * verification template (for a link-only confirmation, the token of its link). Reading a mail viewer at hundreds of messages a second would measure the viewer.
 */
public final class NotificationCodes implements AutoCloseable {

    public static final String TOPIC = "plaza.notifications.requests";
    /** Templates that carry no code but a link whose {@code token} query parameter confirms instead. */
    public static final Set<String> TOKEN_TEMPLATES = Set.of("outreach.volunteer-confirmation");

    private final Set<String> templates;
    private final Map<String, CompletableFuture<String>> codes = new ConcurrentHashMap<>();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    public NotificationCodes(String bootstrapServers, Set<String> templates) {
        this.templates = Set.copyOf(templates);
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "plaza-bench-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumer = new KafkaConsumer<>(properties);
        consumer.subscribe(Set.of(TOPIC));
        Instant deadline = Instant.now().plusSeconds(60);
        while (consumer.assignment().isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                consumer.close();
                throw new IllegalStateException("No partitions of " + TOPIC + " assigned within 60 s at " + bootstrapServers);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(this::handle);
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
        poller = new Thread(this::poll, "bench-notification-codes");
        poller.setDaemon(true);
        poller.start();
    }

    /** The code that will be (or was) sent to {@code email}; completes when its request is read. */
    public CompletableFuture<String> codeFor(String email) {
        return codes.computeIfAbsent(key(email), k -> new CompletableFuture<>());
    }

    /** Forgets a recipient once its code was used, to keep memory flat over long runs. */
    public void forget(String email) {
        codes.remove(key(email));
    }

    private void poll() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(200)).forEach(this::handle);
            }
        } catch (WakeupException stopping) {
            // close() woke the poller up
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> message) {
        if (message.value() == null) {
            return;
        }
        parse(new String(message.value(), StandardCharsets.UTF_8), templates)
                .ifPresent(code -> codeFor(code.recipient()).complete(code.code()));
    }

    /** A verification code in a notification request of one of {@code templates}; empty for anything else. */
    static Optional<EmailedCode> parse(String value, Set<String> templates) {
        JsonNode root;
        try {
            root = Json.parse(value);
        } catch (RuntimeException notJson) {
            return Optional.empty();
        }
        JsonNode request = root.has("recipientEmail") ? root : root.path("data");
        String template = request.path("templateKey").asString("");
        String recipient = request.path("recipientEmail").asString("");
        String code = TOKEN_TEMPLATES.contains(template)
                ? token(request.path("templateParameters").path("confirmUrl").asString(""))
                : request.path("templateParameters").path("code").asString("");
        if (!templates.contains(template) || recipient.isEmpty() || code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EmailedCode(recipient, code));
    }

    /** The {@code token} query parameter of a confirmation link, URL-decoded; empty without one. */
    private static String token(String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            return "";
        }
        for (String parameter : link.substring(query + 1).split("&")) {
            if (parameter.startsWith("token=")) {
                return URLDecoder.decode(parameter.substring("token=".length()), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(10_000);
    }

    /** One recipient's code. */
    record EmailedCode(String recipient, String code) {
    }
}
