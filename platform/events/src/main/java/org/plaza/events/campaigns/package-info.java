/**
 * Events the campaign hub publishes on {@code plaza.campaigns}: launches, changes, team membership
 * and closing.
 */
package org.plaza.events.campaigns;
