/**
 * Campaign teams for this service: binds {@code plaza.campaigns} to the starter's projection; the starter's
 * {@code CampaignAccess} decides who may manage, moderate or read a campaign's drives.
 */
package org.plaza.comments.access;
