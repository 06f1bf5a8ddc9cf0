package org.plaza.bench.load;

/** How one operation ended: {@code null} kind means success, otherwise a short reason ("http-503", "timeout"). */
public record Outcome(String errorKind) {

    public static final Outcome OK = new Outcome(null);

    public static Outcome error(String kind) {
        return new Outcome(kind);
    }

    public boolean ok() {
        return errorKind == null;
    }

    /**
     * Whether the platform may have done the operation although it did not say so: the answer timed out, or
     * the connection broke after the request went out ({@code client-<exception>}). A refused connection, a
     * full client backlog and an HTTP error status are definite: the operation was not acknowledged.
     */
    public static boolean ambiguous(String errorKind) {
        return "timeout".equals(errorKind)
                || (errorKind != null && errorKind.startsWith("client-") && !"client-backlog-full".equals(errorKind));
    }
}
