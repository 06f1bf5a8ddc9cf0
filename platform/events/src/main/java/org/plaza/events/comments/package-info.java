/**
 * Events the public-comment service publishes on {@code plaza.comments}: drives, confirmed
 * comments, moderation and the clerk's packet.
 */
package org.plaza.events.comments;
