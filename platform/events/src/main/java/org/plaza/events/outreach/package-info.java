/**
 * Events the volunteer outreach service publishes on {@code plaza.outreach}: volunteers, shifts,
 * waitlists, attendance and trainings.
 */
package org.plaza.events.outreach;
