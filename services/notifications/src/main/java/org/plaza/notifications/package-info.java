/** The notifications service: renders, schedules and delivers the messages other services request. */
package org.plaza.notifications;
