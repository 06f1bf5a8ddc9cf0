/** The email channel: SMTP through Spring's mail sender, attachments, unsubscribe headers and per-domain limits. */
package org.plaza.notifications.channel.email;
