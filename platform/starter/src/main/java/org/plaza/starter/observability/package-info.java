/**
 * Metrics tagged with the service name, a Prometheus endpoint, and liveness and readiness probes
 * that tell the truth on real MongoDB and on the embedded one alike.
 */
package org.plaza.starter.observability;
