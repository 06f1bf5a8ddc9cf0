/**
 * The first SMS provider's adapter: Twilio's Programmable Messaging REST API (send), its signed status callbacks and
 * incoming-message webhook, and the settings {@code plaza.notifications.sms.twilio.*}. The local SMS sink of
 * {@code ./plaza up} speaks the same API.
 */
package org.plaza.notifications.channel.sms.twilio;
