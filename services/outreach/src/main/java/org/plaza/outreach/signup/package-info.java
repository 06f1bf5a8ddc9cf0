/**
 * Sign-ups: a volunteer takes a place on a shift or waits for one, is promoted when a place frees up, is
 * reminded before the shift, and cancels through a personal link.
 */
package org.plaza.outreach.signup;
