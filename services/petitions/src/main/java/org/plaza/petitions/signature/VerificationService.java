package org.plaza.petitions.signature;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionCatalog;
import org.plaza.petitions.tally.Contribution;
import org.plaza.starter.mongo.Retries;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Confirms signatures (by emailed link token or by code with the ticket) and resends the email. A
 * confirmation changes the signature once: a replayed code or link finds it already confirmed, and no
 * second event or count follows.
 */
@Service
public class VerificationService {

    private static final int ATTEMPTS = 5;

    private final PetitionCatalog catalog;
    private final Signatures signatures;
    private final Tickets tickets;
    private final SignerMail mail;
    private final SigningService signing;
    private final PetitionSettings.Verification settings;
    private final MeterRegistry meters;
    private final Clock clock;

    VerificationService(PetitionCatalog catalog, Signatures signatures, Tickets tickets, SignerMail mail,
            SigningService signing, PetitionSettings settings, MeterRegistry meters, Clock clock) {
        this.catalog = catalog;
        this.signatures = signatures;
        this.tickets = tickets;
        this.mail = mail;
        this.signing = signing;
        this.settings = settings.verification();
        this.meters = meters;
        this.clock = clock;
    }

    /** Confirms with a link token {@code <signatureId>.<secret>}. */
    public Outcome confirmWithToken(String slug, String token) {
        Petition petition = catalog.publicPetition(slug);
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || token.length() > 200) {
            return Outcome.INVALID;
        }
        String secret = token.substring(dot + 1);
        return confirm(petition, token.substring(0, dot), "link",
                (signature) -> signature.confirmWithSecret(secret, clock.instant(), mail.forPetition(petition)));
    }

    /** Confirms with the code typed on the check-your-email page, which carries the ticket. */
    public Outcome confirmWithCode(String slug, String ticket, String code) {
        Petition petition = catalog.publicPetition(slug);
        Optional<String> signatureId = tickets.open(ticket);
        if (signatureId.isEmpty()) {
            return Outcome.TICKET_EXPIRED;
        }
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        return confirm(petition, signatureId.get(), "code", signature -> signature.confirmWithCode(digits,
                clock.instant(), settings.maxCodeAttempts(), mail.forPetition(petition)));
    }

    /**
     * Sends the email again for the signature behind a ticket, within the resend limits (to a signature already
     * confirmed, the note that it is, in the language of the request).
     */
    public Resend resend(String slug, String ticket, Locale locale) {
        Petition petition = catalog.publicPetition(slug);
        Optional<String> signatureId = tickets.open(ticket);
        if (signatureId.isEmpty()) {
            return Resend.TICKET_EXPIRED;
        }
        return Retries.onConflict(ATTEMPTS, () -> {
            Optional<Signature> found = signatures.findById(signatureId.get())
                    .filter(signature -> signature.petitionId().equals(petition.id()));
            if (found.isEmpty()) {
                return Resend.SENT;
            }
            Signature signature = found.get();
            Sends.Verdict verdict = signature.requestAgain(clock.instant(), settings.ttl(), settings.resendInterval(),
                    settings.maxSendsPerDay(), locale.getLanguage(), mail.forPetition(petition));
            if (verdict == Sends.Verdict.TOO_SOON) {
                return Resend.TOO_SOON;
            }
            if (verdict == Sends.Verdict.DAILY_LIMIT) {
                return Resend.DAILY_LIMIT;
            }
            signatures.save(signature);
            meters.counter("plaza.petitions.verification.resent").increment();
            return Resend.SENT;
        });
    }

    /** Whether a ticket is still valid (the check-your-email page shows its forms only then). */
    public boolean ticketValid(String ticket) {
        return tickets.open(ticket).isPresent();
    }

    private Outcome confirm(Petition petition, String signatureId, String channel,
            Function<Signature, Signature.Confirmation> attempt) {
        return Retries.onConflict(ATTEMPTS, () -> {
            Optional<Signature> found = signatures.findById(signatureId)
                    .filter(signature -> signature.petitionId().equals(petition.id()));
            if (found.isEmpty()) {
                return Outcome.INVALID;
            }
            Signature signature = found.get();
            Contribution before = signature.contribution();
            boolean pending = signature.status() == SignatureStatus.PENDING;
            Instant now = clock.instant();
            if (pending && !petition.acceptsSignatures(now)) {
                return Outcome.PETITION_CLOSED;
            }
            Signature.Confirmation result = attempt.apply(signature);
            if (result != Signature.Confirmation.CONFIRMED && result != Signature.Confirmation.INVALID) {
                return Outcome.of(result);
            }
            if (result == Signature.Confirmation.INVALID && !"code".equals(channel)) {
                return Outcome.INVALID;
            }
            signatures.save(signature);
            if (result == Signature.Confirmation.CONFIRMED) {
                meters.counter("plaza.petitions.signatures.verified", "channel", channel).increment();
                signing.applyTally(signature, before);
            }
            return Outcome.of(result);
        });
    }

    /** What a confirmation attempt found. */
    public enum Outcome {
        CONFIRMED, ALREADY_CONFIRMED, INVALID, EXPIRED, LOCKED, TICKET_EXPIRED, PETITION_CLOSED;

        static Outcome of(Signature.Confirmation confirmation) {
            return Outcome.valueOf(confirmation.name());
        }

        public boolean counts() {
            return this == CONFIRMED || this == ALREADY_CONFIRMED;
        }
    }

    /** What a resend request found. */
    public enum Resend {
        SENT, TOO_SOON, DAILY_LIMIT, TICKET_EXPIRED
    }
}
