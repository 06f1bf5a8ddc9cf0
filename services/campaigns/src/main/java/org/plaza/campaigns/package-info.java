/** The campaign hub service: campaigns, their teams, and the resident home and campaign pages. */
package org.plaza.campaigns;
