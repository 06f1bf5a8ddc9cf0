/**
 * The organizers' pages under {@code /staff/petitions}: list, write and edit drafts, publish, close,
 * extend, record delivery and response, exports, comment moderation and invalidations; bilingual, no
 * JavaScript, forms with CSRF tokens.
 */
package org.plaza.petitions.console;
