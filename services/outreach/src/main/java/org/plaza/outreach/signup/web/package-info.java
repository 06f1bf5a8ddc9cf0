/** A volunteer's personal pages (their shifts, hours and certificates; one sign-up and its cancel button) and the public sign-up API. */
package org.plaza.outreach.signup.web;
