package org.plaza.comments.packet;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 of everything written through it, except the given byte patterns (the packet's timestamp
 * in its different spellings), which count as zeros. Two packets that differ only in their timestamp
 * therefore have the same digest.
 */
final class MaskingDigest extends OutputStream {

    private final MessageDigest digest;
    private final List<byte[]> patterns;
    private final byte[] pending;
    private int pendingLength;

    MaskingDigest(List<String> masked) {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException(unavailable);
        }
        this.patterns = masked.stream().filter(s -> !s.isEmpty()).map(s -> s.getBytes(StandardCharsets.ISO_8859_1))
                .toList();
        this.pending = new byte[patterns.stream().mapToInt(p -> p.length).max().orElse(1)];
    }

    @Override
    public void write(int b) {
        pending[pendingLength++] = (byte) b;
        while (pendingLength > 0) {
            byte[] full = completed();
            if (full != null) {
                digest.update(new byte[full.length]);
                pendingLength = 0;
                return;
            }
            if (isPrefixOfAny()) {
                return;
            }
            digest.update(pending[0]);
            System.arraycopy(pending, 1, pending, 0, pendingLength - 1);
            pendingLength--;
        }
    }

    /** Bytes that cannot start a masked pattern go to the digest in bulk; the rest one by one. */
    @Override
    public void write(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (pendingLength == 0) {
                int run = i;
                while (run < end && !startsAPattern(bytes[run])) {
                    run++;
                }
                digest.update(bytes, i, run - i);
                i = run;
                if (i == end) {
                    return;
                }
            }
            write(bytes[i++]);
        }
    }

    private boolean startsAPattern(byte b) {
        for (byte[] pattern : patterns) {
            if (pattern[0] == b) {
                return true;
            }
        }
        return false;
    }

    /** The digest as hex; what is still pending counts as written. */
    String hex() {
        digest.update(pending, 0, pendingLength);
        pendingLength = 0;
        return HexFormat.of().formatHex(digest.digest());
    }

    private byte[] completed() {
        for (byte[] pattern : patterns) {
            if (pattern.length == pendingLength && Arrays.equals(pattern, 0, pendingLength, pending, 0, pendingLength)) {
                return pattern;
            }
        }
        return null;
    }

    private boolean isPrefixOfAny() {
        for (byte[] pattern : patterns) {
            if (pattern.length > pendingLength
                    && Arrays.equals(pattern, 0, pendingLength, pending, 0, pendingLength)) {
                return true;
            }
        }
        return false;
    }
}
