package org.plaza.gateway.client;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies in front of the gateway, as CIDR blocks ({@code 10.0.0.0/8}, {@code 2001:db8::/32}, or a
 * single address). Only their {@code X-Forwarded-*} headers are believed.
 */
public final class TrustedProxies {

    /** What an IP literal may contain (checked before parsing, so a host name is never resolved). */
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.%]+");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = blocks;
    }

    public static TrustedProxies of(List<String> cidrs) {
        return new TrustedProxies(cidrs.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Block::parse).toList());
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    public boolean trusts(String address) {
        if (blocks.isEmpty()) {
            return false;
        }
        return literal(address).map(ip -> blocks.stream().anyMatch(block -> block.contains(ip))).orElse(false);
    }

    /** The address only if it is an IP literal: never resolves a host name. */
    static Optional<InetAddress> literal(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String candidate = address.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        if (candidate.isEmpty() || !LITERAL.matcher(candidate).matches() || !(candidate.contains(".") || candidate.contains(":"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String cidr) {
            String[] parts = cidr.split("/", 2);
            InetAddress address = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR block: " + cidr));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Bad prefix length in " + cidr);
            }
            return new Block(address.getAddress(), prefix);
        }

        boolean contains(InetAddress ip) {
            byte[] candidate = ip.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - prefix;
            return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
