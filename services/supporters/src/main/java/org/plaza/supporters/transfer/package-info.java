/**
 * Supporters in and out as CSV: the export of a filtered list (audited, formula-safe, streamed) and the import of a
 * typed sign-up sheet (consent provenance, de-duplication by canonical email, an error per refused row).
 */
package org.plaza.supporters.transfer;
