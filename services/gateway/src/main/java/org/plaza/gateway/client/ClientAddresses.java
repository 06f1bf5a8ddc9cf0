package org.plaza.gateway.client;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds the client's address. The TCP peer is the client unless it is a trusted proxy; then
 * {@code X-Forwarded-For} is read from the right, skipping trusted proxies, and the first address that
 * is not one is the client (entries further left were written by the client and prove nothing).
 */
public final class ClientAddresses {

    /** Request attribute with the client address as the gateway believes it. */
    public static final String ATTRIBUTE = ClientAddresses.class.getName() + ".client";

    private final TrustedProxies proxies;

    public ClientAddresses(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    public String resolve(String peer, List<String> forwardedFor) {
        if (!proxies.trusts(peer)) {
            return peer;
        }
        String client = peer;
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (TrustedProxies.literal(hop).isEmpty()) {
                return client;
            }
            client = hop;
            if (!proxies.trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    public boolean fromTrustedProxy(HttpServletRequest request) {
        return proxies.trusts(request.getRemoteAddr());
    }

    static List<String> values(Enumeration<String> headers) {
        List<String> values = new ArrayList<>();
        while (headers != null && headers.hasMoreElements()) {
            values.add(headers.nextElement());
        }
        return values;
    }
}
