/**
 * Community meetings and events that any resident RSVPs to with a name and an email, without registering as a
 * volunteer: organizers schedule them, residents confirm their RSVP by email (double opt-in), get a calendar invite
 * and reminders, can cancel, and are checked in at the door.
 */
package org.plaza.outreach.meeting;
