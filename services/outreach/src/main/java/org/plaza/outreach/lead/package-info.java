/**
 * Leads: residents who ticked "I'd like to volunteer" on a petition or a comment, known here only by their
 * pseudonym until they sign up, and the signed invitation that opens a pre-filled sign-up for them.
 */
package org.plaza.outreach.lead;
