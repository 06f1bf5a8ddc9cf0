package org.plaza.comments.body;

import java.time.Instant;

/**
 * One change of a public body, kept on the body for administrators: who changed it, when, and the clerk's
 * address before and after ({@code clerkEmailBefore} is {@code null} when the body was added).
 */
public record BodyChange(String staffId, Instant at, String clerkEmailBefore, String clerkEmailAfter) {

    public boolean clerkChanged() {
        return clerkEmailBefore == null || !clerkEmailBefore.equals(clerkEmailAfter);
    }
}
