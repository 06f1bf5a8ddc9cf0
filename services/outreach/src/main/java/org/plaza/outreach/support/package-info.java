/**
 * What every feature of the service shares: settings, the clock, ids, signed links and times, the seat ledger that
 * keeps shifts and meetings within their capacity, and the details every organizer's form has.
 */
package org.plaza.outreach.support;
