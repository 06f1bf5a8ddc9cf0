package org.plaza.petitions.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.plaza.petitions.PetitionSettings;
import org.plaza.petitions.petition.Petition;
import org.plaza.starter.id.Ids;
import org.plaza.starter.outbox.PendingEvent;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.starter.warmup.WarmUp;
import org.plaza.starter.warmup.WarmUpWrites;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Before petitions reports ready (starter's warm-up): residents sign and confirm a petition that exists only here,
 * through the real {@link Signature}, its mailer, tickets and events, stored in the warm-up collection, whose events
 * go to the warm-up topic ({@link WarmUpWrites}). A first resident's signature then finds the mapping, the outbox, the
 * relay and the Kafka producer's send compiled. Nothing is stored where a resident, an organizer or a count looks,
 * and no other service receives anything: no tally, rate spike or abuse counter is touched.
 */
@Component
class SigningWarmUp implements WarmUp {

    static final int ROUNDS = 40;
    private static final Duration RELAY_PATIENCE = Duration.ofSeconds(10);

    private final WarmUpWrites writes;
    private final SignerMail mail;
    private final Tickets tickets;
    private final SupporterIds supporterIds;
    private final PetitionSettings.Verification verification;
    private final JsonMapper json;
    private final Clock clock;

    SigningWarmUp(WarmUpWrites writes, SignerMail mail, Tickets tickets, SupporterIds supporterIds,
            PetitionSettings settings, JsonMapper json, Clock clock) {
        this.writes = writes;
        this.mail = mail;
        this.tickets = tickets;
        this.supporterIds = supporterIds;
        this.verification = settings.verification();
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void warmUp() throws InterruptedException {
        Petition petition = Petition.forWarmUp(clock.instant());
        Mailer mailer = mail.forPetition(petition);
        SigningPetition signing = new SigningPetition(petition.id(), petition.campaignId(), petition.slug());
        for (int round = 0; round < ROUNDS; round++) {
            String language = round % 2 == 0 ? "es" : "en";
            String email = "warm-up-" + round + "@example.org";
            Signer signer = new Signer("Plaza Warm-Up", email, "example.org", "10.0.0.x", "10.0.0", "warm-up", null);
            Instant now = clock.instant();
            Signature signature = Signature.submit(Ids.random("sig"), signing, supporterIds.supporterId(email), signer,
                    "COACHELLA", language, true, false, false, null, now, verification.ttl(), mailer);
            writes.insert(signature);
            String code = code(signature);
            String ticket = tickets.seal(signature.id());
            Signature stored = writes.read(tickets.open(ticket).orElseThrow(), Signature.class);
            stored.confirmWithCode(code, clock.instant(), verification.maxCodeAttempts(), mailer);
            writes.save(stored);
        }
        writes.finish(RELAY_PATIENCE);
    }

    /** The code the verification request carries, from its payload as the save fixed it. */
    private String code(Signature signature) {
        PendingEvent verification = signature.pendingEvents().get(0);
        return json.readTree(verification.payload()).path("templateParameters").path("code").asString();
    }
}
