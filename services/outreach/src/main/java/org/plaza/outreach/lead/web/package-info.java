/** Organizers' view of a campaign's outreach: its leads (no contact details until they sign up), shifts and hours. */
package org.plaza.outreach.lead.web;
