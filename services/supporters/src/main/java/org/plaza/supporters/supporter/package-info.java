/**
 * A supporter: one person's contact details, consent with its provenance, actions, tags and notes, kept in one
 * document per {@code supporterId}; the store that is the only way to change one, and the in-memory index that
 * filters and counts supporters without reading their documents.
 */
package org.plaza.supporters.supporter;
