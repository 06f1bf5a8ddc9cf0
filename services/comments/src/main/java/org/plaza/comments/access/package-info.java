/** Who may manage which drive: campaign teams from the campaigns service and the staff roles of the caller. */
package org.plaza.comments.access;
