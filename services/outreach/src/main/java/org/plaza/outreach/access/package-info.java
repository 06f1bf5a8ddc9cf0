/**
 * Campaigns for outreach: binds {@code plaza.campaigns} to the starter's team projection (the starter's
 * {@code CampaignAccess} decides who may manage a campaign's volunteers, shifts and trainings) and keeps the titles.
 */
package org.plaza.outreach.access;
