/**
 * Broadcasts: an organizer's bilingual message to a segment of a campaign's supporters, approved by a second staff
 * member above a size, queued to notifications once per recipient (streamed, resumable), and its report.
 */
package org.plaza.supporters.broadcast;
