package org.plaza.petitions.signature;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.plaza.petitions.PetitionSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The ticket a resident gets after signing, to type the emailed code or ask for the email again. It is
 * the signature id and an expiry sealed with AES-GCM under a fresh nonce, so two tickets for the same
 * signature look unrelated: the answer to a second signature with the same address looks exactly like
 * the answer to a first one, and a stranger learns nothing from it.
 */
@Component
class Tickets {

    private static final Logger log = LoggerFactory.getLogger(Tickets.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration ttl;

    Tickets(PetitionSettings settings, Clock clock) {
        this.clock = clock;
        this.ttl = settings.verification().ttl();
        String secret = settings.verification().ticketKey();
        byte[] material;
        if (secret == null || secret.isBlank()) {
            material = new byte[32];
            random.nextBytes(material);
            log.warn("plaza.petitions.verification.ticket-key is not set: tickets are sealed with a key of this "
                    + "process only, so they do not survive a restart or work across instances");
        } else if (secret.length() < 16) {
            throw new IllegalStateException("plaza.petitions.verification.ticket-key needs at least 16 characters");
        } else {
            material = sha256(secret.getBytes(StandardCharsets.UTF_8));
        }
        this.key = new SecretKeySpec(material, "AES");
    }

    String seal(String signatureId) {
        byte[] id = signatureId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer plain = ByteBuffer.allocate(Long.BYTES + id.length);
        plain.putLong(clock.instant().plus(ttl).getEpochSecond()).put(id);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.array());
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a ticket", e);
        }
    }

    /** The signature id of a valid, unexpired ticket. */
    Optional<String> open(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 200) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(ticket);
            if (bytes.length <= NONCE_BYTES + Long.BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
            Instant expires = Instant.ofEpochSecond(plain.getLong());
            if (!clock.instant().isBefore(expires)) {
                return Optional.empty();
            }
            byte[] id = new byte[plain.remaining()];
            plain.get(id);
            return Optional.of(new String(id, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
