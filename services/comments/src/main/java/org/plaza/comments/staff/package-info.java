/** What every staff page shares: refusals explained in the staff member's language, next to their fields. */
package org.plaza.comments.staff;
