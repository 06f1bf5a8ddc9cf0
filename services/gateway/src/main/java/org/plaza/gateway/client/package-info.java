/** Who the client is: its address, from forwarded headers only when a trusted proxy sent them. */
package org.plaza.gateway.client;
