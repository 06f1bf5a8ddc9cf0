/** The volunteer journey on the running platform: petition opt-in, invitation email, sign-up, shift, check-in. */
package org.plaza.systemtests.outreach;
