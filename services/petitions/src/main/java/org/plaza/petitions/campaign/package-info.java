/**
 * What this service knows about campaigns: each campaign's team and closing from the starter's projection (which
 * decides, through the starter's {@code CampaignAccess}, who may manage its petitions) and its titles, kept here.
 */
package org.plaza.petitions.campaign;
