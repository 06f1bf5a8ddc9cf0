/**
 * The local SMS sink: a stand-in for Twilio's Messages API on 127.0.0.1 that takes every text, reports its delivery
 * with signed status callbacks, lets a tester reply as a resident (signed, to the notifications service's incoming
 * webhook), and shows every text in a viewer beside the mail viewer. {@code ./plaza up} runs it inside the launcher,
 * Compose as a container of its own ({@code SmsMain}); tests start one in their own JVM.
 */
package org.plaza.devstack.sms;
