/**
 * The SMS channel, whatever the provider: which countries may be texted, quiet hours for optional texts, limits per
 * number and per prefix against SMS pumping, the keywords residents text back (ALTO, STOP, AYUDA, ALTA…), and the
 * port {@link org.plaza.notifications.channel.sms.SmsGateway} a provider's adapter implements.
 */
package org.plaza.notifications.channel.sms;
