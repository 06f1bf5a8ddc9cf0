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
}
