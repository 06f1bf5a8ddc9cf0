/** Campaigns and their teams: the aggregate, its lifecycle (draft, launched, closed) and who may manage it. */
package org.plaza.campaigns.campaign;
