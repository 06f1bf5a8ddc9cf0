/**
 * A resident's "my data": a one-time code sent to their email, or by text to the mobile number they gave instead,
 * opens a short session in which they see what Plaza keeps about them, download it, change their consent and erase
 * it. The answer never tells whether an address or number is known, and codes are limited per address or number and
 * per client.
 */
package org.plaza.supporters.mydata;
