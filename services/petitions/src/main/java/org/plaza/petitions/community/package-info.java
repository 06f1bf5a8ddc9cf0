/** The communities residents sign from, their names in both languages and the ZIP codes that map to them. */
package org.plaza.petitions.community;
