/**
 * The notification request contract (the only one with contact details) and the notification
 * service's own events.
 */
package org.plaza.events.notifications;
