package org.plaza.campaigns.campaign;

/** The staff member asking: an opaque id from their sign-in, and whether they are an administrator. */
public record Staff(String staffId, boolean admin) {
}
