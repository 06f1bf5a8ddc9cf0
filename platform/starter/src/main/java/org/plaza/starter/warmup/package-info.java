/**
 * Warm-up before readiness: a service runs its own hot path once before it reports ready (requests to itself that
 * write nothing, and any {@link org.plaza.starter.warmup.WarmUp} beans), so the first residents after a start-up do
 * not pay for first class loads, caches and interpreted code.
 */
package org.plaza.starter.warmup;
