/** Identifiers for stored items: a readable prefix and base32 characters, sortable by time or wholly random. */
package org.plaza.starter.id;
