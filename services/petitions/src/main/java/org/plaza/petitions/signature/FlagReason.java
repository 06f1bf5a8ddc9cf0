package org.plaza.petitions.signature;

/** Why a signature was flagged when it arrived. */
public enum FlagReason {
    /** Part of a burst from one client address. */
    CLIENT_BURST,
    /** Part of a burst from one (uncommon) email domain. */
    DOMAIN_BURST
}
