/** Journeys of residents who use their phone number instead of an email: codes, reminders and stop words by text. */
package org.plaza.systemtests.sms;
