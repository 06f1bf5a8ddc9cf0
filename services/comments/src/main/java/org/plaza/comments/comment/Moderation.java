package org.plaza.comments.comment;

/** A moderator's view of a confirmed comment; only approved comments go into the packet. */
public enum Moderation {
    PENDING, APPROVED, REJECTED
}
