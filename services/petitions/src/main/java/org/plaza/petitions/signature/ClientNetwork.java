package org.plaza.petitions.signature;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The only trace of a client address that is stored: its IPv4 /24 or IPv6 /48 network, which is enough
 * to invalidate a range and not enough to point at one household. {@code key} is a fixed-width hex form
 * ({@code 4:cb007100}, {@code 6:20010db80001…}) whose string order is address order, so a CIDR range is
 * a string range.
 */
public record ClientNetwork(String display, String key) {

    static final int IPV4_STORED_PREFIX = 24;
    static final int IPV6_STORED_PREFIX = 48;
    private static final Pattern IPV4_LITERAL = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6_LITERAL = Pattern.compile("^[0-9a-fA-F:.]+$");

    /** The network of a literal client address (as the servlet container reports it), if it is one. */
    public static Optional<ClientNetwork> of(String address) {
        return parse(address).map(ip -> {
            boolean v4 = ip instanceof Inet4Address;
            byte[] bytes = mask(ip.getAddress(), v4 ? IPV4_STORED_PREFIX : IPV6_STORED_PREFIX);
            String display = toAddress(bytes) + "/" + (v4 ? IPV4_STORED_PREFIX : IPV6_STORED_PREFIX);
            return new ClientNetwork(display, key(bytes));
        });
    }

    /**
     * The stored keys a CIDR range covers, or empty when it is not a range whose prefix is at most what is
     * stored ({@code 203.0.113.0/24}, {@code 198.51.0.0/16}, {@code 2001:db8::/32}).
     */
    public static Optional<KeyRange> range(String cidr) {
        if (cidr == null) {
            return Optional.empty();
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        int prefix;
        try {
            prefix = Integer.parseInt(cidr.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return parse(cidr.substring(0, slash).strip()).flatMap(ip -> {
            boolean v4 = ip instanceof Inet4Address;
            int stored = v4 ? IPV4_STORED_PREFIX : IPV6_STORED_PREFIX;
            if (prefix < 0 || prefix > stored) {
                return Optional.empty();
            }
            byte[] low = mask(ip.getAddress(), prefix);
            byte[] high = low.clone();
            for (int bit = prefix; bit < high.length * 8; bit++) {
                high[bit / 8] |= (byte) (0x80 >>> (bit % 8));
            }
            return Optional.of(new KeyRange(key(mask(low, stored)), key(mask(high, stored))));
        });
    }

    private static Optional<InetAddress> parse(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        boolean v4 = IPV4_LITERAL.matcher(literal).matches();
        if (v4) {
            for (String octet : literal.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty();
                }
            }
        }
        if (!v4 && !(literal.contains(":") && IPV6_LITERAL.matcher(literal).matches())) {
            return Optional.empty();
        }
        try {
            InetAddress ip = InetAddress.getByName(literal);
            if (ip instanceof Inet6Address v6 && isV4Mapped(v6.getAddress())) {
                byte[] b = v6.getAddress();
                return Optional.of(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
            }
            return Optional.of(ip);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean isV4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    private static byte[] mask(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    private static String key(byte[] bytes) {
        return (bytes.length == 4 ? "4:" : "6:") + HexFormat.of().formatHex(bytes);
    }

    private static String toAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An inclusive range of stored keys. */
    public record KeyRange(String low, String high) {
    }
}
