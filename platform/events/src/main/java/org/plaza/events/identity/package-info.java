/**
 * The staff audit contract every service publishes on {@code plaza.identity}, where the identity
 * service keeps the trail.
 */
package org.plaza.events.identity;
