/**
 * Sign-ups: a volunteer takes a place on a shift or waits for one, is promoted when a place frees up, is
 * reminded before the shift, cancels through a personal link, and adds up the hours checked in.
 */
package org.plaza.outreach.signup;
