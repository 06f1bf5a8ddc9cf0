package org.plaza.comments.screening;

/** Why a comment needs a moderator's eyes before it goes to a public body. */
public enum Flag {
    /** Words from the abusive-language list. */
    ABUSIVE,
    /** Something that looks like an email address or a phone number, usually someone else's. */
    PERSONAL_DATA
}
