package org.plaza.comments.comment;

/** Where a comment is in its life; only confirmed comments count. */
public enum CommentStatus {
    PENDING_CONFIRMATION, CONFIRMED, WITHDRAWN
}
