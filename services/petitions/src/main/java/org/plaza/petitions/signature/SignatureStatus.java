package org.plaza.petitions.signature;

/** A signature counts only once its email is confirmed. */
public enum SignatureStatus {
    PENDING, VERIFIED
}
