/**
 * Erasure: a resident's request to erase what Plaza keeps about them. The supporters service removes its record,
 * announces {@code SupporterErased} to every other holder, writes the tombstone on the contact topic, and remembers
 * only the pseudonym and the moment, so that facts from before the erasure never bring the person back.
 */
package org.plaza.supporters.erasure;
