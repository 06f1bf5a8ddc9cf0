/** Attendance for organizers: the phone roster page and its JSON twin, hours and their corrections. */
package org.plaza.outreach.attendance.web;
