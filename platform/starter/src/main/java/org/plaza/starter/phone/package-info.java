/**
 * Residents' mobile numbers: what a resident types read into one canonical E.164 number (US default region), or
 * refused with a field message that says why (malformed, not a mobile, a country the platform does not text).
 */
package org.plaza.starter.phone;
