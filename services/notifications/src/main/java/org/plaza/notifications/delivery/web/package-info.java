/** The staff API over the delivery log: read an entry, list dead letters, send a failed notification again. */
package org.plaza.notifications.delivery.web;
