/**
 * The supporters service: the one home of a person's contact details and consent across every action, the
 * organizers' supporter list with its filters and saved segments, and CSV export and import.
 */
package org.plaza.supporters;
