package org.plaza.identity.account;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.plaza.identity.IdentitySettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords counted per client and account together, in memory: after {@code max-failures} in a row
 * from one client (an IPv4 address or an IPv6 /64), that client may not try that account for
 * {@code lockout}. Anyone else, the account's owner included, signs in as usual, so guessing at
 * {@code admin} from one place never locks the real administrator out. Guessing from many places is
 * bounded per client here and at the gateway's rate limits.
 * <p>
 * A throttle lapses on its own; an administrator's password reset or enable clears every throttle on the
 * account, and restarting identity clears them all (the way back for the only administrator). At most
 * {@link #MAX_ENTRIES} pairs are kept, least recently used first out.
 */
@Component
public class SignInThrottle {

    static final int MAX_ENTRIES = 100_000;

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    @Autowired
    SignInThrottle(IdentitySettings settings, Clock clock) {
        this(settings.signIn().maxFailures(), settings.signIn().lockout(), clock);
    }

    SignInThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = Math.max(1, maxFailures);
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Whether this client must wait before trying this account again. */
    public synchronized boolean isThrottled(String client, String accountId) {
        Failures entry = failures.get(key(client, accountId));
        return entry != null && entry.lockedUntil != null && entry.lockedUntil.isAfter(clock.instant());
    }

    /** Counts a wrong password; true when this one starts a lockout for the client. */
    synchronized boolean failed(String client, String accountId) {
        Instant now = clock.instant();
        Failures entry = failures.computeIfAbsent(key(client, accountId), ignored -> new Failures(accountId));
        if (entry.lockedUntil != null && entry.lockedUntil.isAfter(now)) {
            return false;
        }
        entry.lockedUntil = null;
        entry.inARow++;
        if (entry.inARow >= maxFailures) {
            entry.inARow = 0;
            entry.lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }

    /** A right password from this client forgets its earlier failures. */
    synchronized void succeeded(String client, String accountId) {
        failures.remove(key(client, accountId));
    }

    /** Clears every client's throttle on the account (an administrator reset or enabled it). */
    synchronized void forget(String accountId) {
        failures.values().removeIf(entry -> entry.accountId.equals(accountId));
    }

    /** Accounts that at least one client may not try right now. */
    public synchronized Set<String> throttledAccounts() {
        Instant now = clock.instant();
        return failures.values().stream().filter(entry -> entry.lockedUntil != null && entry.lockedUntil.isAfter(now))
                .map(entry -> entry.accountId).collect(Collectors.toSet());
    }

    private static String key(String client, String accountId) {
        return network(client) + "|" + accountId;
    }

    /** IPv4 address as is; IPv6 reduced to its /64 network (one household or phone holds a whole /64). */
    static String network(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            InetAddress ip = InetAddress.getByName(address);
            if (!(ip instanceof Inet6Address)) {
                return ip.getHostAddress();
            }
            byte[] bytes = ip.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format(Locale.ROOT, "%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private static final class Failures {

        final String accountId;
        int inARow;
        Instant lockedUntil;

        Failures(String accountId) {
            this.accountId = accountId;
        }
    }
}
