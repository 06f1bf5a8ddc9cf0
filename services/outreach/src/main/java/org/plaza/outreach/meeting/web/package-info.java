/**
 * The pages and APIs of meetings: the public list and page, the RSVP form and its confirmation, the organizers' API,
 * roster, and the pages that move a meeting or call it off.
 */
package org.plaza.outreach.meeting.web;
