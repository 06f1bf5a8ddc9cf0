package org.plaza.comments.comment;

/** Why a moderator kept a comment out of the packet. */
public enum RejectionReason {
    ABUSIVE, PERSONAL_DATA, OFF_TOPIC, SPAM
}
