/** Shifts on the web: public pages and JSON for residents, scheduling and cancelling for organizers. */
package org.plaza.outreach.shift.web;
