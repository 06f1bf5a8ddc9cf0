/** Organizers' side of campaigns: the staff JSON API, the staff pages and who may use them. */
package org.plaza.campaigns.campaign.web;
