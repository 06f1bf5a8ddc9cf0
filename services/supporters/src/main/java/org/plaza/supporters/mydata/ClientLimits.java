package org.plaza.supporters.mydata;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Code requests per client on this instance, in a sliding window: the second line behind the gateway's per-client
 * limit. A client is its network (IPv4 /24, IPv6 /48), so one household cannot rotate addresses around the limit.
 * At most {@value #MAX_CLIENTS} clients are remembered; the least recently seen is forgotten first.
 */
final class ClientLimits {

    static final int MAX_CLIENTS = 20_000;

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> seen = new LinkedHashMap<>(16, 0.75f, true);

    ClientLimits(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts a request from {@code client} at {@code now}; false when the client has had its share. */
    synchronized boolean tryAcquire(String client, Instant now) {
        Deque<Instant> times = seen.computeIfAbsent(network(client), key -> new ArrayDeque<>());
        Instant start = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        if (seen.size() > MAX_CLIENTS) {
            Iterator<String> eldest = seen.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return true;
    }

    /** The network a client address belongs to: IPv4 /24, IPv6 /48 (the first three groups), anything else itself. */
    static String network(String address) {
        if (address == null) {
            return "";
        }
        if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return address.substring(0, address.lastIndexOf('.'));
        }
        if (address.contains(":")) {
            String[] groups = address.replace("[", "").replace("]", "").split(":", -1);
            return groups.length >= 3 ? groups[0] + ":" + groups[1] + ":" + groups[2] : address;
        }
        return address;
    }
}
