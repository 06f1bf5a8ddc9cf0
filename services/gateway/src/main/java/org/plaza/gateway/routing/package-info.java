/** Routing: which path goes to which service, what travels with the request, and answers when a service is down. */
package org.plaza.gateway.routing;
