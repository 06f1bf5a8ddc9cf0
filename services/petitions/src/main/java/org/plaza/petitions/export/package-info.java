/**
 * Exports for delivery: the verified signatures as CSV (UTF-8 with BOM) and the delivery PDF for the
 * decision-maker (a bilingual cover with totals by community, then names and communities, never emails),
 * both streamed to the client.
 */
package org.plaza.petitions.export;
