/**
 * Attendance: check-in from the roster or with the volunteer's short code, no-shows, hours with audited
 * corrections and their totals, and training completion when every session was attended.
 */
package org.plaza.outreach.attendance;
