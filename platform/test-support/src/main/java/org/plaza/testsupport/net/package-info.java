/** Network stand-ins for tests: upstreams that misbehave the way real ones do under failure. */
package org.plaza.testsupport.net;
