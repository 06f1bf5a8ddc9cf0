/** The public JSON counts of a petition, served from the cached projection and cacheable for a second. */
package org.plaza.petitions.tally.web;
