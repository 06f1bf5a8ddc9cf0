/** What every feature of the service shares: settings, the clock, ids, signed links, communities and times. */
package org.plaza.outreach.support;
