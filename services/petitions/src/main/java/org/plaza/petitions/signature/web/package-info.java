/**
 * What residents use: the petition page with its signing form, the check-your-email and confirmation
 * pages (no JavaScript, 360 px), and the same signing and confirming as public JSON.
 */
package org.plaza.petitions.signature.web;
