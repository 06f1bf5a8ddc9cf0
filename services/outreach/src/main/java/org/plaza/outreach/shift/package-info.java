/**
 * Shifts: outreach activities organizers schedule (canvass, phone bank, meeting, booth, training
 * session), training series, and the seat ledger that keeps each shift's capacity under concurrency.
 */
package org.plaza.outreach.shift;
