/** A measuring tool, not a test: what the gateway's own CPU costs per proxied request. */
package org.plaza.gateway.bench;
