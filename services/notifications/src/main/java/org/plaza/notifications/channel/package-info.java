/** How a rendered message leaves the service: one {@link org.plaza.notifications.channel.Channel} per medium (email today, SMS later). */
package org.plaza.notifications.channel;
