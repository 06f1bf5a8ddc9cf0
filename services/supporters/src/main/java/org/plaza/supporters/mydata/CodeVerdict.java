package org.plaza.supporters.mydata;

/** What a typed "my data" code found. */
public enum CodeVerdict {
    /** The right code, in time, the first time: a session is open. */
    OPENED,
    /** Not the code; a few more tries are allowed. */
    WRONG,
    /** Too late, or no such request: ask for a new code. */
    EXPIRED,
    /** This code already opened a session once. */
    USED,
    /** Too many wrong codes (or no code was sent this time): ask for a new code later. */
    LOCKED
}
