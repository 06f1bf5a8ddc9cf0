/** How a rendered message leaves the service: one {@link org.plaza.notifications.channel.Channel} per medium (email and SMS). */
package org.plaza.notifications.channel;
