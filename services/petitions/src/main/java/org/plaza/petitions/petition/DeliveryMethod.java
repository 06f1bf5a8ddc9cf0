package org.plaza.petitions.petition;

/** How a petition was delivered (the values of {@code PetitionDelivered.method}). */
public enum DeliveryMethod {
    IN_PERSON, PUBLIC_MEETING, EMAIL, POSTAL_MAIL
}
