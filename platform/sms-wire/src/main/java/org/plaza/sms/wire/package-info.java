/**
 * The SMS provider's wire rules both ends share, in plain JDK: Twilio's request signature, checked by the
 * notifications service and made by the local SMS sink.
 */
package org.plaza.sms.wire;
