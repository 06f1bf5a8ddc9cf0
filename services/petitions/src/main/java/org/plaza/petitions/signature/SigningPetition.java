package org.plaza.petitions.signature;

/** What a new signature needs to know about its petition. */
public record SigningPetition(String id, String campaignId, String slug) {
}
