/** The pages and APIs of meetings: the public list and page, the RSVP form and its confirmation, the organizers' API and roster. */
package org.plaza.outreach.meeting.web;
