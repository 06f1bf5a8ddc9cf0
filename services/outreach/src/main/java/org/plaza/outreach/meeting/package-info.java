/**
 * Community meetings and events that any resident RSVPs to with a name and an email, without registering as a
 * volunteer: organizers schedule them (with an optional capacity), move them or call them off; residents confirm
 * their RSVP by email (double opt-in), get a place or a spot on the waitlist (promoted in order), a calendar invite
 * and reminders that follow the meeting, can cancel, and are checked in at the door.
 */
package org.plaza.outreach.meeting;
