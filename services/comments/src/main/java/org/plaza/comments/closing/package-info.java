/** Closing drives at their deadline (also after downtime) or early on an organizer's request, then their packet. */
package org.plaza.comments.closing;
