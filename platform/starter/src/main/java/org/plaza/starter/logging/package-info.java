/**
 * What the services write about requests in their logs: paths with capability tokens (personal links,
 * unsubscribe links, packet links) replaced by their names, so a log reader cannot open anyone's link.
 */
package org.plaza.starter.logging;
