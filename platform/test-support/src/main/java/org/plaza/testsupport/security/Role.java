package org.plaza.testsupport.security;

/** The staff roles a token can carry in its {@code roles} claim. */
public enum Role {

    ADMIN, ORGANIZER, MODERATOR, OPERATOR

}
