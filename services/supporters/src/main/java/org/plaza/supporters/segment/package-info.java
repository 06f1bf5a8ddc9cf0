/**
 * Segments: named filters organizers save, counted live, and {@link org.plaza.supporters.segment.Segments}, the API
 * other features (broadcasts, exports) use to stream the supporters a segment or filter matches.
 */
package org.plaza.supporters.segment;
