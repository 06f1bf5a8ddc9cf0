/** The notification requests this service sends through its outbox: template keys and their parameters. */
package org.plaza.comments.notification;
