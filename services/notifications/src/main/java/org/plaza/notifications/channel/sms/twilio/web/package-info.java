/** Twilio's webhooks: delivery reports and residents' texts, each checked against Twilio's signature. */
package org.plaza.notifications.channel.sms.twilio.web;
