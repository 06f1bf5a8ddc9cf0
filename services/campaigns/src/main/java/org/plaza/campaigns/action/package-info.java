/**
 * Every way to act on a campaign, projected locally from the petitions, comments and outreach services'
 * events, so the campaign page never calls them and stays up when they are down.
 */
package org.plaza.campaigns.action;
