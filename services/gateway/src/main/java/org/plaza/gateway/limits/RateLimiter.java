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
import java.util.concurrent.ConcurrentHashMap;

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
 * /64). Buckets idle for longer than their longest window are full again and are forgotten; past
 * {@code maxClients} clients, new ones share one bucket per rule, so memory stays bounded under a flood
 * of fake addresses.
 */
class RateLimiter {

    static final int DEFAULT_MAX_CLIENTS = 200_000;
    private static final String OVERFLOW = "overflow";

    private final List<CompiledRule> rules;
    private final int maxClients;
    private final TimeMeter clock;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    RateLimiter(Map<String, LimitSettings.Rule> rules, int maxClients, TimeMeter clock) {
        List<CompiledRule> compiled = new ArrayList<>();
        new LinkedHashMap<>(rules).forEach((name, rule) -> compiled.add(CompiledRule.of(name, rule)));
        this.rules = List.copyOf(compiled);
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** The rule that counts this request, if any. */
    Optional<String> ruleFor(String method, String path) {
        return matching(method, path).map(CompiledRule::name);
    }

    /** Takes one token for the client under the matching rule; empty when allowed, the wait when refused. */
    Optional<Duration> acquire(String method, String path, String clientAddress) {
        Optional<CompiledRule> rule = matching(method, path);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        String key = rule.get().name() + "|" + clientKey(clientAddress);
        Entry entry = buckets.get(key);
        if (entry == null) {
            String admitted = buckets.size() < maxClients ? key : rule.get().name() + "|" + OVERFLOW;
            entry = buckets.computeIfAbsent(admitted, ignored -> new Entry(rule.get().newBucket(clock)));
        }
        entry.lastUsed = clock.currentTimeNanos();
        ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1_000_000_000.0));
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** Forgets buckets that have been idle long enough to be full again. */
    void forgetIdle() {
        long now = clock.currentTimeNanos();
        buckets.entrySet().removeIf(entry -> {
            String rule = entry.getKey().substring(0, entry.getKey().indexOf('|'));
            long idleFor = rules.stream().filter(candidate -> candidate.name().equals(rule)).findFirst()
                    .map(CompiledRule::longestWindow).orElse(Duration.ZERO).toNanos();
            return now - entry.getValue().lastUsed > idleFor;
        });
    }

    int trackedClients() {
        return buckets.size();
    }

    private Optional<CompiledRule> matching(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream().filter(rule -> rule.matches(method, container)).findFirst();
    }

    /** IPv4 address as is; IPv6 reduced to its /64 network. */
    static String clientKey(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            InetAddress ip = InetAddress.getByName(address);
            if (ip instanceof Inet6Address) {
                byte[] bytes = ip.getAddress();
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(String.format(Locale.ROOT, "%02x%02x:", bytes[i], bytes[i + 1]));
                }
                return prefix.append(":/64").toString();
            }
            return ip.getHostAddress();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private static final class Entry {

        final Bucket bucket;
        volatile long lastUsed;

        Entry(Bucket bucket) {
            this.bucket = bucket;
        }
    }

    private record CompiledRule(String name, List<String> methods, List<PathPattern> paths, LimitSettings.Window burst,
            LimitSettings.Window sustained) {

        static CompiledRule of(String name, LimitSettings.Rule rule) {
            if (rule.burst() == null || rule.sustained() == null || rule.paths() == null || rule.paths().isEmpty()) {
                throw new IllegalArgumentException("Rate limit '" + name + "' needs paths, burst and sustained");
            }
            PathPatternParser parser = PathPatternParser.defaultInstance;
            return new CompiledRule(name, rule.methods().stream().map(m -> m.toUpperCase(Locale.ROOT)).toList(),
                    rule.paths().stream().map(parser::parse).toList(), rule.burst(), rule.sustained());
        }

        boolean matches(String method, PathContainer path) {
            return methods.contains(method.toUpperCase(Locale.ROOT))
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
