/**
 * What every feature of the service shares: settings, the clock, ids, signed links and times, the seat ledger that
 * keeps shifts and meetings within their capacity, the details every organizer's form has, and the contact fields and
 * rule of residents' forms.
 */
package org.plaza.outreach.support;
