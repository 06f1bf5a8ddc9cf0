package org.plaza.petitions.signature;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.abuse.AbuseChecks;
import org.plaza.petitions.abuse.RateSpikes;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.vocabulary.CommunityResolution;
import org.plaza.starter.vocabulary.Vocabulary;
import org.plaza.petitions.petition.Petition;
import org.plaza.petitions.petition.PetitionCatalog;
import org.plaza.petitions.tally.Contribution;
import org.plaza.petitions.tally.Tallies;
import org.plaza.starter.id.Ids;
import org.plaza.starter.phone.CanonicalPhone;
import org.plaza.starter.phone.InvalidPhoneException;
import org.plaza.starter.phone.PhoneNumbers;
import org.plaza.starter.problem.PlazaProblem;
import org.plaza.starter.supporter.CanonicalEmail;
import org.plaza.starter.supporter.InvalidEmailException;
import org.plaza.starter.supporter.SupporterIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Takes a resident's signature. Whatever happens to the address (new, pending, already confirmed,
 * honeypot), the answer is a fresh sealed ticket, so the reply never tells whether an address signed.
 * A resident gives an email, a mobile number or both: the person is their canonical email when they gave one,
 * otherwise their canonical number ({@code supporterId} of either), and a number already on a signature of this
 * petition (given with an email or alone) is the same person too, however it is written.
 */
@Service
public class SigningService {

    private static final Logger log = LoggerFactory.getLogger(SigningService.class);
    private static final int ATTEMPTS = 5;

    private final PetitionCatalog catalog;
    private final Signatures signatures;
    private final Vocabulary vocabulary;
    private final SupporterIds supporterIds;
    private final PhoneNumbers phones;
    private final AbuseChecks abuse;
    private final RateSpikes rateSpikes;
    private final Tallies tallies;
    private final Tickets tickets;
    private final SignerMail mail;
    private final PetitionSettings.Verification verification;
    private final MeterRegistry meters;
    private final Clock clock;

    SigningService(PetitionCatalog catalog, Signatures signatures, Vocabulary vocabulary, SupporterIds supporterIds,
            PhoneNumbers phones, AbuseChecks abuse, RateSpikes rateSpikes, Tallies tallies, Tickets tickets, SignerMail mail,
            PetitionSettings settings, MeterRegistry meters, Clock clock) {
        this.catalog = catalog;
        this.signatures = signatures;
        this.vocabulary = vocabulary;
        this.supporterIds = supporterIds;
        this.phones = phones;
        this.abuse = abuse;
        this.rateSpikes = rateSpikes;
        this.tallies = tallies;
        this.tickets = tickets;
        this.mail = mail;
        this.verification = settings.verification();
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Signs petition {@code slug}; returns the ticket for the check-your-email page.
     *
     * @throws PlazaProblem 404 unknown or draft petition, 409 closed, 400 with field errors, 429 over the limit
     */
    public String sign(String slug, SigningRequest request, String clientAddress, Locale locale) {
        return sign(slug, request, clientAddress, locale, null);
    }

    /**
     * Signs as {@link #sign(String, SigningRequest, String, Locale)}, remembering which share brought the signer
     * ({@code ShareSources.of}: WHATSAPP … FLYER, OTHER, or null) for the signature's {@code SignatureVerified}.
     */
    public String sign(String slug, SigningRequest request, String clientAddress, Locale locale, String shareSource) {
        return sign(slug, check(request), clientAddress, locale, shareSource);
    }

    /**
     * Signs as {@link #sign(String, SigningRequest, String, Locale, String)} a request the caller has already
     * {@link #check checked} (to show its problems with its own), so it is not parsed and resolved again.
     */
    public String sign(String slug, CheckedRequest checked, String clientAddress, Locale locale, String shareSource) {
        SigningRequest request = checked.request();
        Petition petition = catalog.openPetition(slug);
        if (request.honeypotFilled()) {
            outcome("honeypot");
            return tickets.seal(Ids.random("sig"));
        }
        if (!abuse.admit(clientAddress)) {
            outcome("rate-limited");
            throw new PlazaProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-signatures", "signature.problem.too-many");
        }
        if (!checked.problems().isEmpty()) {
            outcome("invalid");
            PlazaProblem invalid = PlazaProblem.badRequest("validation", "plaza.problem.validation");
            checked.problems().forEach(problem -> invalid.withFieldError(problem.field(), problem.messageKey()));
            throw invalid;
        }
        CanonicalEmail canonical = checked.email();
        CanonicalPhone phone = checked.phone();
        String community = checked.community();
        String domain = canonical == null ? null : canonical.value().substring(canonical.value().indexOf('@') + 1);
        Optional<AbuseChecks.Burst> burst = abuse.burst(petition.id(), clientAddress, domain);
        Optional<ClientNetwork> network = ClientNetwork.of(clientAddress);
        Signer signer = new Signer(clean(request.fullName()), canonical == null ? null : request.email().strip(),
                domain, network.map(ClientNetwork::display).orElse(null), network.map(ClientNetwork::key).orElse(null),
                blankToNull(request.comment()), phone == null ? null : phone.value());
        FlagReason flag = burst.map(b -> b == AbuseChecks.Burst.CLIENT ? FlagReason.CLIENT_BURST : FlagReason.DOMAIN_BURST)
                .orElse(null);
        String supporterId = canonical != null ? supporterIds.supporterId(canonical) : supporterIds.supporterId(phone);
        if (phone != null) {
            Optional<Signature> sameNumber = signatures.findFirstByPetitionIdAndSignerPhone(petition.id(), phone.value());
            if (sameNumber.isPresent() && !sameNumber.get().supporterId().equals(supporterId)) {
                outcome("duplicate");
                return tickets.seal(signAgain(petition, sameNumber.get().supporterId(), locale));
            }
        }
        Instant now = clock.instant();
        Signature signature = Signature.submit(Ids.random("sig"), new SigningPetition(petition.id(),
                petition.campaignId(), petition.slug()), supporterId, signer, community, locale.getLanguage(),
                request.updatesOptIn(), request.volunteerOptIn(), phone != null && request.smsOptIn(), flag, now,
                verification.ttl(),
                mail.forPetition(petition));
        signature.cameThrough(shareSource);
        try {
            signatures.insert(signature);
        } catch (DuplicateKeyException sameAddress) {
            outcome("duplicate");
            return tickets.seal(signAgain(petition, supporterId, locale));
        }
        rateSpikes.submitted(petition.id(), petition.campaignId());
        if (flag != null) {
            meters.counter("plaza.petitions.signatures.flagged", "reason", flag.name()).increment();
        }
        outcome("accepted");
        applyTally(signature, Contribution.NONE);
        return tickets.seal(signature.id());
    }

    /**
     * Checks the email, mobile number and community of a request, beyond sizes and required fields, once: what is
     * wrong (neither an email nor a number, an invalid email, a number that is malformed, not a mobile or of a
     * country not allowed, an unknown community or ZIP code) or the canonical email, number and community that
     * signing needs.
     */
    public CheckedRequest check(SigningRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!request.hasEmail() && !request.hasPhone()) {
            problems.add(new FieldProblem("email", "signature.contact.missing"));
        }
        CanonicalPhone phone = null;
        if (request.hasPhone()) {
            try {
                phone = phones.canonical(request.phone());
            } catch (InvalidPhoneException refused) {
                problems.add(new FieldProblem("phone", refused.problem().messageKey()));
            }
        }
        CanonicalEmail email = null;
        if (request.hasEmail()) {
            try {
                email = CanonicalEmail.of(request.email());
            } catch (InvalidEmailException e) {
                problems.add(new FieldProblem("email", "signature.email.invalid"));
            }
        }
        CommunityResolution community = vocabulary.resolveCommunity(request.community(), request.zip());
        if (community.code() == null) {
            problems.add(new FieldProblem(community.field(), community.problem().messageKey()));
        }
        return new CheckedRequest(request, List.copyOf(problems), email, phone, community.code());
    }

    /**
     * A signing request and what {@link #check} found: its problems (none: the request can be signed) and the
     * signer's canonical email and number (null when not given or not valid) and community code.
     */
    public record CheckedRequest(SigningRequest request, List<FieldProblem> problems, CanonicalEmail email,
            CanonicalPhone phone, String community) {
    }

    /** The same address signed again: resend (within limits) to the existing signature, say nothing else. */
    private String signAgain(Petition petition, String supporterId, Locale locale) {
        return Retries.onConflict(ATTEMPTS, () -> {
            Signature existing = signatures.findByPetitionIdAndSupporterId(petition.id(), supporterId)
                    .orElseThrow(() -> new IllegalStateException("Duplicate signature vanished"));
            Sends.Verdict verdict = existing.requestAgain(clock.instant(), verification.ttl(),
                    verification.resendInterval(), verification.maxSendsPerDay(), locale.getLanguage(),
                    mail.forPetition(petition));
            if (verdict == Sends.Verdict.SEND) {
                signatures.save(existing);
            }
            return existing.id();
        }, keptChanging -> signatures.findByPetitionIdAndSupporterId(petition.id(), supporterId).orElseThrow().id());
    }

    void applyTally(Signature signature, Contribution before) {
        try {
            tallies.change(signature.petitionId(), signature.id(), before, signature.contribution());
        } catch (RuntimeException e) {
            log.warn("Signature {} saved but its petition's counter not updated; the reconciler will correct it: {}",
                    signature.id(), e.toString());
        }
    }

    private void outcome(String outcome) {
        meters.counter("plaza.petitions.signatures.submitted", "outcome", outcome).increment();
    }

    static String clean(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
