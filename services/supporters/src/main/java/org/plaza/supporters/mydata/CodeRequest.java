package org.plaza.supporters.mydata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.plaza.events.notifications.NotificationCategory;
import org.plaza.events.notifications.NotificationRequested;
import org.plaza.starter.notification.NotificationRequest;
import org.plaza.starter.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One request for a "my data" code: the code's salted hash (never the code), for whom (the pseudonym, never the
 * address or number: it travels only in the email or text request, which leaves the document once published), how often a
 * wrong code was typed, and, once the right one was, until when the session it opened lasts. Its id is the ticket
 * the code page carries.
 */
@Document("my_data_codes")
class CodeRequest extends OutboxAggregate {

    static final String TEMPLATE = "supporters.my-data-code";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String id;
    @Indexed
    private String supporterId;
    private String codeHash;
    private Instant createdAt;
    private Instant expiresAt;
    private int wrongCodes;
    private Status status;
    private Instant sessionUntil;

    protected CodeRequest() {
    }

    /**
     * A new request; the plain code goes into the email or text request raised here and nowhere else: a text when
     * the resident asked with their mobile number ({@code to.phone()}), an email otherwise.
     */
    static Issued issue(String id, String supporterId, CodeAddress to, String language, String pageUrl,
            Duration ttl, String validFor, Instant now) {
        CodeRequest request = new CodeRequest();
        request.id = id;
        request.supporterId = supporterId;
        request.createdAt = now;
        request.expiresAt = now.plus(ttl);
        request.status = Status.SENT;
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        request.codeHash = hash(id, code);
        NotificationRequested notification = NotificationRequest.builder()
                .requestId("ntf-supporters-my-data-" + id).requestingService("supporters")
                .category(NotificationCategory.TRANSACTIONAL).templateKey(TEMPLATE).locale(language)
                .to(to.email(), to.phoneE164(), null).templateParameters(Map.of("code", code, "myDataUrl", pageUrl, "validFor", validFor))
                .supporterId(supporterId).requestedAt(now).build();
        request.raise(notification);
        return new Issued(request, code);
    }

    /** A request just issued, with its plain code (for the email or text only). */
    record Issued(CodeRequest request, String code) {
    }

    /** A request sent with no message: the address or number had its share of codes, and the answer must look the same. */
    static CodeRequest withheld(String id, String supporterId, Instant now) {
        CodeRequest request = new CodeRequest();
        request.id = id;
        request.supporterId = supporterId;
        request.createdAt = now;
        request.expiresAt = now;
        request.status = Status.WITHHELD;
        return request;
    }

    /** Checks a typed code; the right one (once, in time) opens a session until {@code now + sessionTtl}. */
    CodeVerdict verify(String code, Instant now, int maxWrongCodes, Duration sessionTtl) {
        if (status == Status.VERIFIED || status == Status.ENDED) {
            return CodeVerdict.USED;
        }
        if (status == Status.LOCKED || status == Status.WITHHELD) {
            return CodeVerdict.LOCKED;
        }
        if (!now.isBefore(expiresAt)) {
            return CodeVerdict.EXPIRED;
        }
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}") || !MessageDigest.isEqual(hash(id, digits).getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII))) {
            wrongCodes++;
            if (wrongCodes >= maxWrongCodes) {
                status = Status.LOCKED;
                return CodeVerdict.LOCKED;
            }
            return CodeVerdict.WRONG;
        }
        status = Status.VERIFIED;
        sessionUntil = now.plus(sessionTtl);
        return CodeVerdict.OPENED;
    }

    /** Whether the session this request opened is still open. */
    boolean sessionOpen(Instant now) {
        return status == Status.VERIFIED && sessionUntil != null && now.isBefore(sessionUntil);
    }

    /** Ends the session (signing out). */
    void end() {
        status = Status.ENDED;
        sessionUntil = null;
    }

    private static String hash(String id, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((id + ":code:").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String id() {
        return id;
    }

    String supporterId() {
        return supporterId;
    }

    Instant sessionUntil() {
        return sessionUntil;
    }

    /** Where a request stands. */
    enum Status {
        SENT, WITHHELD, VERIFIED, LOCKED, ENDED
    }
}
