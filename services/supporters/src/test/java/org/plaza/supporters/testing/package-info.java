/** What every test of the supporters service shares: one Spring context on the embedded stack, and helpers. */
package org.plaza.supporters.testing;
