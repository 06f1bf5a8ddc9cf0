/** Filling understaffed shifts: inviting free volunteers of the shift's community who speak a needed language. */
package org.plaza.outreach.staffing;
