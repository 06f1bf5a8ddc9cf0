/** Hostile input and authorization (no token, no role, another campaign's team) against every endpoint and staff page a service maps, and its capability links and email forms probed for what tells residents apart, as one test interface per service: never a 5xx, never a stack trace, nothing rendered unescaped or stored as an operator. */
package org.plaza.testsupport.hostile;
