/** Who a staff member is and what they may do with which petition (object-level access). */
package org.plaza.petitions.staff;
