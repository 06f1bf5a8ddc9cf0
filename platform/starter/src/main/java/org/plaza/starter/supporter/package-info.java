/**
 * The supporter pseudonym: a keyed hash of the canonical email, the only way events and other
 * services refer to a person.
 */
package org.plaza.starter.supporter;
