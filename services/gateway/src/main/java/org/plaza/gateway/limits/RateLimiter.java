package org.plaza.gateway.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Token buckets per rule and client, each with a burst and a sustained window (bucket4j, in memory).
 * A client is its address, or its /64 network for IPv6 (one household or phone usually holds a whole
 * /64). Buckets idle for longer than their longest window are full again and are forgotten.
 * <p>
 * Memory stays bounded under a flood of fake addresses without ever making real clients share a bucket:
 * each rule keeps at most {@code maxClientsPerRule} buckets of its own (a flood on one rule never touches
 * another's), and a new client past the cap pushes out the least recently used one, whose next request
 * simply starts a full bucket. Once a rule is half full, new clients are counted by their wider network
 * (an IPv4 /24, an IPv6 /48), so a flood from one network fills one bucket rather than thousands.
 */
class RateLimiter {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final List<RuleBuckets> rules;
    private final TimeMeter clock;

    RateLimiter(Map<String, LimitSettings.Rule> rules, int maxClientsPerRule, TimeMeter clock) {
        List<RuleBuckets> compiled = new ArrayList<>();
        new LinkedHashMap<>(rules).forEach((name, rule) ->
                compiled.add(new RuleBuckets(CompiledRule.of(name, rule), maxClientsPerRule)));
        this.rules = List.copyOf(compiled);
        this.clock = clock;
    }

    /** The rule that counts this request, if any. */
    Optional<String> ruleFor(String method, String path, boolean anonymous) {
        return matching(method, path, anonymous).map(buckets -> buckets.rule.name());
    }

    Optional<String> ruleFor(String method, String path) {
        return ruleFor(method, path, true);
    }

    /** Takes one token for an anonymous client under the matching rule; empty when allowed, the wait when refused. */
    Optional<Duration> acquire(String method, String path, String clientAddress) {
        return acquire(method, path, clientAddress, true);
    }

    /**
     * Takes one token for the client under the matching rule; empty when allowed, the wait when refused.
     * {@code anonymous}: the request has no valid session or bearer token ({@code anonymous-only} rules count
     * only those).
     */
    Optional<Duration> acquire(String method, String path, String clientAddress, boolean anonymous) {
        Optional<RuleBuckets> rule = matching(method, path, anonymous);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        ConsumptionProbe probe = rule.get().bucketFor(clientAddress).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1_000_000_000.0));
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** Forgets buckets that have been idle long enough to be full again. */
    void forgetIdle() {
        rules.forEach(RuleBuckets::forgetIdle);
    }

    int trackedClients() {
        return rules.stream().mapToInt(RuleBuckets::size).sum();
    }

    int trackedClients(String rule) {
        return rules.stream().filter(buckets -> buckets.rule.name().equals(rule)).mapToInt(RuleBuckets::size).sum();
    }

    private Optional<RuleBuckets> matching(String method, String path, boolean anonymous) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream().filter(buckets -> buckets.rule.matches(method, container, anonymous)).findFirst();
    }

    /** IPv4 address as is; IPv6 reduced to its /64 network. */
    static String clientKey(String address) {
        return key(address, 8, 4);
    }

    /** The wider network counted under pressure: an IPv4 /24, an IPv6 /48. */
    static String networkKey(String address) {
        return key(address, 6, 3);
    }

    private static String key(String address, int ipv6Bytes, int ipv4Bytes) {
        if (address == null) {
            return "null";
        }
        try {
            if (!address.contains(":") && !IPV4.matcher(address).matches()) {
                return address;
            }
            InetAddress ip = InetAddress.getByName(address);
            byte[] bytes = ip.getAddress();
            StringBuilder prefix = new StringBuilder();
            if (ip instanceof Inet6Address) {
                for (int i = 0; i < ipv6Bytes; i += 2) {
                    prefix.append(String.format(Locale.ROOT, "%02x%02x:", bytes[i], bytes[i + 1]));
                }
                return prefix.append(":/").append(ipv6Bytes * 8).toString();
            }
            if (ipv4Bytes == 4) {
                return ip.getHostAddress();
            }
            for (int i = 0; i < ipv4Bytes; i++) {
                prefix.append(bytes[i] & 0xff).append('.');
            }
            return prefix.append("0/").append(ipv4Bytes * 8).toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    /** One rule's buckets: least recently used first, at most {@code maxClients}. */
    private final class RuleBuckets {

        final CompiledRule rule;
        private final int maxClients;
        private final LinkedHashMap<String, Entry> buckets;

        RuleBuckets(CompiledRule rule, int maxClients) {
            this.rule = rule;
            this.maxClients = Math.max(1, maxClients);
            this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                    return size() > RuleBuckets.this.maxClients;
                }
            };
        }

        synchronized Bucket bucketFor(String address) {
            String key = clientKey(address);
            Entry entry = buckets.get(key);
            if (entry == null && buckets.size() * 2 >= maxClients) {
                key = networkKey(address);
                entry = buckets.get(key);
            }
            if (entry == null) {
                entry = new Entry(rule.newBucket(clock));
                buckets.put(key, entry);
            }
            entry.lastUsed = clock.currentTimeNanos();
            return entry.bucket;
        }

        synchronized void forgetIdle() {
            long now = clock.currentTimeNanos();
            long idleFor = rule.longestWindow().toNanos();
            buckets.values().removeIf(entry -> now - entry.lastUsed > idleFor);
        }

        synchronized int size() {
            return buckets.size();
        }
    }

    private static final class Entry {

        final Bucket bucket;
        long lastUsed;

        Entry(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    private record CompiledRule(String name, List<String> methods, List<PathPattern> paths, LimitSettings.Window burst,
            LimitSettings.Window sustained, boolean anonymousOnly) {

        static CompiledRule of(String name, LimitSettings.Rule rule) {
            if (rule.burst() == null || rule.sustained() == null || rule.paths() == null || rule.paths().isEmpty()) {
                throw new IllegalArgumentException("Rate limit '" + name + "' needs paths, burst and sustained");
            }
            PathPatternParser parser = PathPatternParser.defaultInstance;
            return new CompiledRule(name, rule.methods().stream().map(m -> m.toUpperCase(Locale.ROOT)).toList(),
                    rule.paths().stream().map(parser::parse).toList(), rule.burst(), rule.sustained(),
                    rule.anonymousOnly());
        }

        boolean matches(String method, PathContainer path, boolean anonymous) {
            return (anonymous || !anonymousOnly) && methods.contains(method.toUpperCase(Locale.ROOT))
                    && paths.stream().anyMatch(pattern -> pattern.matches(path));
        }

        Bucket newBucket(TimeMeter clock) {
            return Bucket.builder()
                    .withCustomTimePrecision(clock)
                    .addLimit(window(burst, "burst"))
                    .addLimit(window(sustained, "sustained"))
                    .build();
        }

        Duration longestWindow() {
            return burst.period().compareTo(sustained.period()) > 0 ? burst.period() : sustained.period();
        }

        private static Bandwidth window(LimitSettings.Window window, String id) {
            return Bandwidth.builder().capacity(window.capacity())
                    .refillGreedy(window.capacity(), window.period()).id(id).build();
        }
    }
}
