/** What every feature of the service shares: settings, the clock, ids, signed links and times. */
package org.plaza.outreach.support;
