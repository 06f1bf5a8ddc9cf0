/** Who may manage which campaign's outreach: teams and titles from the campaigns service, and the caller's roles. */
package org.plaza.outreach.access;
