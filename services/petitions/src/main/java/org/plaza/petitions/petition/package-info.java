/**
 * Petitions: the bilingual text an organizer writes inside a campaign and its lifecycle
 * (draft, open, closed, delivered, responded), with the events each step announces.
 */
package org.plaza.petitions.petition;
