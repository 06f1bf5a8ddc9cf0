/** The organizer's broadcast pages: write, preview, test, choose the audience, send or schedule, approve, report. */
package org.plaza.supporters.broadcast.web;
