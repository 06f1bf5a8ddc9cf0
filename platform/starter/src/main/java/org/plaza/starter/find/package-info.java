/**
 * Find kits for resident lists: accent- and case-blind search over a stored word index, filters by community and
 * issue area bound from the query string, pages, and the shared filter form and pager.
 */
package org.plaza.starter.find;
