package org.plaza.supporters.mydata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.plaza.starter.id.Ids;
import org.plaza.starter.jobs.PlazaJob;
import org.plaza.starter.mongo.Retries;
import org.plaza.starter.supporter.Hmac;
import org.plaza.starter.supporter.SupporterIds;
import org.plaza.starter.supporter.SupporterSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The way into "my data". Asking for a code answers the same for every valid address or mobile number, known or not: a
 * code is sent to any of them, by email or by text (a person Plaza knows nothing about learns exactly that), within
 * {@code codesPerAddress} per window (more requests get the same answer and no message) and {@code codesPerClient}
 * per client. The right code, once and in time, opens a session: a signed token ({@code <requestId>.<until>.<mac>})
 * in a cookie, which is only good while its request is open, so erasure and signing out end it at once.
 */
@Service
public class MyDataCodes {

    /** The key the session tokens are signed with, derived from the supporter key. */
    static final String SESSION_PURPOSE = "plaza.supporters.my-data.session.v1";
    private static final int ATTEMPTS = 5;

    private final CodeRequests requests;
    private final SupporterIds supporterIds;
    private final MyDataSettings settings;
    private final ClientLimits clients;
    private final Hmac sessions;
    private final MessageSource messages;
    private final MeterRegistry meters;
    private final Clock clock;

    MyDataCodes(CodeRequests requests, SupporterIds supporterIds, MyDataSettings settings, SupporterSettings supporter,
            MessageSource messages, MeterRegistry meters, Clock clock) {
        this.requests = requests;
        this.supporterIds = supporterIds;
        this.settings = settings;
        this.clients = new ClientLimits(settings.codesPerClient(), settings.clientWindow());
        this.sessions = Hmac.forPurpose(supporter, SESSION_PURPOSE);
        this.messages = messages;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Sends a code to {@code to} (an email address, or a mobile number by text) in {@code language}; returns the
     * ticket of the code page, or empty when this client asked too often. Addresses and numbers share the limits.
     */
    public Optional<String> request(CodeAddress to, Locale language, String client) {
        Instant now = clock.instant();
        if (!clients.tryAcquire(client, now)) {
            meters.counter("plaza.supporters.my-data.codes", "outcome", "client-limit").increment();
            return Optional.empty();
        }
        String supporterId = to.supporterId(supporterIds);
        String id = Ids.random("mdc");
        long recent = requests.countBySupporterIdAndCreatedAtAfter(supporterId, now.minus(settings.addressWindow()));
        if (recent >= settings.codesPerAddress()) {
            requests.save(CodeRequest.withheld(id, supporterId, now));
            meters.counter("plaza.supporters.my-data.codes", "outcome", "address-limit").increment();
            return Optional.of(id);
        }
        String validFor = messages.getMessage("mydata.valid-for", new Object[] { settings.codeTtl().toMinutes() },
                language);
        requests.save(CodeRequest.issue(id, supporterId, to, language.getLanguage(),
                settings.baseUrl() + "/supporters/my-data/code?ticket=" + id + "&lang=" + language.getLanguage(),
                settings.codeTtl(), validFor, now).request());
        meters.counter("plaza.supporters.my-data.codes", "outcome", "sent").increment();
        return Optional.of(id);
    }

    /** Checks a typed code against the ticket's request; the right one gives the session token. */
    public Opening open(String ticket, String code) {
        return Retries.onConflict(ATTEMPTS, () -> {
            Optional<CodeRequest> found = ticket == null || ticket.length() > 100 ? Optional.empty()
                    : requests.findById(ticket);
            if (found.isEmpty()) {
                return new Opening(CodeVerdict.EXPIRED, null);
            }
            CodeRequest request = found.get();
            Instant now = clock.instant();
            CodeVerdict verdict = request.verify(code, now, settings.maxWrongCodes(), settings.sessionTtl());
            if (verdict == CodeVerdict.OPENED || verdict == CodeVerdict.WRONG || verdict == CodeVerdict.LOCKED) {
                requests.save(request);
            }
            meters.counter("plaza.supporters.my-data.verifications", "outcome", verdict.name().toLowerCase(Locale.ROOT))
                    .increment();
            return new Opening(verdict, verdict == CodeVerdict.OPENED ? token(request) : null);
        });
    }

    /** The open session a token stands for, if it is genuine, in time and not ended. */
    public Optional<Session> session(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first || !sessions.verify(token.substring(0, last), token.substring(last + 1))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        long until;
        try {
            until = Long.parseLong(token.substring(first + 1, last));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!now.isBefore(Instant.ofEpochSecond(until))) {
            return Optional.empty();
        }
        return requests.findById(token.substring(0, first)).filter(request -> request.sessionOpen(now))
                .map(request -> new Session(request.id(), request.supporterId(),
                        Duration.between(now, request.sessionUntil())));
    }

    /** Signs out: the session's request is ended, so its token opens nothing any more. */
    public void end(Session session) {
        requests.findById(session.requestId()).ifPresent(request -> {
            request.end();
            requests.save(request);
        });
    }

    /** Forgets every request of a person (erasure): their sessions end and nothing of them is left here. */
    public void forget(String supporterId) {
        requests.deleteBySupporterId(supporterId);
    }

    /** Requests older than every window they serve are deleted. */
    void purge() {
        Duration keep = settings.addressWindow().compareTo(settings.sessionTtl()) > 0 ? settings.addressWindow()
                : settings.sessionTtl();
        requests.deleteByCreatedAtBefore(clock.instant().minus(keep).minus(settings.codeTtl()));
    }

    PlazaJob purgeJob() {
        return PlazaJob.every("supporters.my-data-codes-purge", Duration.ofHours(1), this::purge);
    }

    private String token(CodeRequest request) {
        String signed = request.id() + "." + request.sessionUntil().getEpochSecond();
        return signed + "." + sessions.mac(signed);
    }

    /** The outcome of a typed code, with the session token when it opened one. */
    public record Opening(CodeVerdict verdict, String token) {

        public boolean opened() {
            return verdict == CodeVerdict.OPENED;
        }
    }

    /** An open "my data" session: whose it is and how long it still lasts. */
    public record Session(String requestId, String supporterId, Duration remaining) {
    }
}
