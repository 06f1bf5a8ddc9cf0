package org.plaza.petitions.campaign;

/**
 * A launched campaign as petitions shows it: its titles (kept here) and whether it still takes new petitions
 * (from the starter's team projection).
 */
public record Campaign(String campaignId, String titleEs, String titleEn, boolean closed) {
}
