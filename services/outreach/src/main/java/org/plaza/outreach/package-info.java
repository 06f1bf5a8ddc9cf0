/** The volunteer outreach service: volunteers, shifts, waitlists, reminders, attendance, hours and trainings. */
package org.plaza.outreach;
